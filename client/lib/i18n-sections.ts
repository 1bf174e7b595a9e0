import type { CoreMessages, Locale, Messages, SectionName } from '../../shared/i18n/index.js';

type SectionLoaders = { [S in SectionName]: () => Promise<Messages[S]> };

/**
 * Each section of each language is a chunk of its own, fetched when a view needs it: a phone
 * must not download the Regie's, the kopgroep's or the return meeting's words. The type makes
 * a section without a loader an error.
 */
export const SECTION_LOADERS: Record<Locale, SectionLoaders> = {
  nl: {
    console: () => import('../../shared/i18n/console.nl.js').then((file) => file.consoleNl),
    room: () => import('../../shared/i18n/room.nl.js').then((file) => file.roomNl),
    groups: () => import('../../shared/i18n/groups.nl.js').then((file) => file.groupsNl),
    canvas: () => import('../../shared/i18n/canvas.nl.js').then((file) => file.canvasNl),
    signup: () => import('../../shared/i18n/signup.nl.js').then((file) => file.signupNl),
    results: () => import('../../shared/i18n/results.nl.js').then((file) => file.resultsNl),
    coreGroup: () => import('../../shared/i18n/coreGroup.nl.js').then((file) => file.coreGroupNl),
    workingGroup: () =>
      import('../../shared/i18n/workingGroup.nl.js').then((file) => file.workingGroupNl),
    returnMeeting: () =>
      import('../../shared/i18n/returnMeeting.nl.js').then((file) => file.returnMeetingNl),
    retention: () => import('../../shared/i18n/retention.nl.js').then((file) => file.retentionNl),
    joinGate: () => import('../../shared/i18n/joining.nl.js').then((file) => file.joiningNl),
    conversations: () =>
      import('../../shared/i18n/conversations.nl.js').then((file) => file.conversationsNl),
    analysis: () => import('../../shared/i18n/analysis.nl.js').then((file) => file.analysisNl),
  },
  en: {
    console: () => import('../../shared/i18n/console.en.js').then((file) => file.consoleEn),
    room: () => import('../../shared/i18n/room.en.js').then((file) => file.roomEn),
    groups: () => import('../../shared/i18n/groups.en.js').then((file) => file.groupsEn),
    canvas: () => import('../../shared/i18n/canvas.en.js').then((file) => file.canvasEn),
    signup: () => import('../../shared/i18n/signup.en.js').then((file) => file.signupEn),
    results: () => import('../../shared/i18n/results.en.js').then((file) => file.resultsEn),
    coreGroup: () => import('../../shared/i18n/coreGroup.en.js').then((file) => file.coreGroupEn),
    workingGroup: () =>
      import('../../shared/i18n/workingGroup.en.js').then((file) => file.workingGroupEn),
    returnMeeting: () =>
      import('../../shared/i18n/returnMeeting.en.js').then((file) => file.returnMeetingEn),
    retention: () => import('../../shared/i18n/retention.en.js').then((file) => file.retentionEn),
    joinGate: () => import('../../shared/i18n/joining.en.js').then((file) => file.joiningEn),
    conversations: () =>
      import('../../shared/i18n/conversations.en.js').then((file) => file.conversationsEn),
    analysis: () => import('../../shared/i18n/analysis.en.js').then((file) => file.analysisEn),
  },
};

/** The top-level words of languages other than Dutch (Dutch comes with the page). */
export const CORE_LOADERS: Record<Exclude<Locale, 'nl'>, () => Promise<CoreMessages>> = {
  en: () => import('../../shared/i18n/en.js').then((file) => file.enCore),
};

export const SECTION_NAMES: ReadonlySet<string> = new Set(Object.keys(SECTION_LOADERS.nl));

export type LoadedSections = Partial<Pick<Messages, SectionName>>;

/**
 * A language's words as `Messages`. A section the view did not load is a programming error
 * (client/lib/view-words.ts lacks it): reading it throws with its name, so the e2e tests, which
 * fail on any page error, catch it, instead of a screen that quietly shows nothing.
 */
export function compose(core: CoreMessages, sections: LoadedSections): Messages {
  return new Proxy({ ...core, ...sections } as Messages, {
    get(target, key, receiver) {
      if (typeof key === 'string' && SECTION_NAMES.has(key) && !(key in target)) {
        throw new Error(`i18n: section "${key}" is not loaded; add it to client/lib/view-words.ts`);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
