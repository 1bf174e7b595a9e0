import type { SectionName } from '../../shared/i18n/index.js';
import type { Route } from './route.js';

/**
 * The sections of the catalogue each view reads, loaded with the view's code before it shows
 * (App.svelte). tests/unit/view-words.test.ts follows each view's imports and fails when a
 * component reads a section its view does not list here.
 */
export const VIEW_WORDS: Record<Route['view'], readonly SectionName[]> = {
  home: [],
  attendee: ['room', 'canvas'],
  console: [
    'console',
    'analysis',
    'canvas',
    'conversations',
    'coreGroup',
    'groups',
    'joinGate',
    'results',
    'retention',
    'returnMeeting',
    'signup',
    'workingGroup',
  ],
  projector: ['room', 'canvas', 'joinGate', 'results', 'returnMeeting', 'workingGroup'],
  tableHost: ['room', 'canvas'],
  organiser: [],
  report: ['results', 'room'],
  signup: ['signup', 'workingGroup'],
  coreGroup: [
    'coreGroup',
    'analysis',
    'canvas',
    'console',
    'conversations',
    'retention',
    'returnMeeting',
    'signup',
    'workingGroup',
  ],
  workingGroup: ['workingGroup'],
  conversation: ['conversations'],
  lead: ['returnMeeting', 'canvas', 'console'],
  returnReport: ['returnMeeting', 'results', 'workingGroup'],
};

/** Parts of a view that come in a chunk of their own, and the sections they add to its words. */
export const PART_WORDS = {
  /** A phone's steps after its first screen (client/components/attendee-steps.ts). */
  attendeeSteps: ['signup'],
  /** A phone at a return meeting (client/components/returnmeeting/PhoneReturn.svelte). */
  phoneReturn: ['returnMeeting', 'workingGroup'],
} satisfies Record<string, readonly SectionName[]>;
