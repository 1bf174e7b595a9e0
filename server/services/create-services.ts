import type { Store } from '../store/store.js';
import type { DocReader, DocWriter, SessionCloser } from './ports.js';
import type { FlagFinder } from '../domain/themes.js';
import type { Broadcaster } from './broadcast.js';
import { createMeetingService } from './meetings.js';
import { createThemeService } from './themes.js';
import { createRecognitionService } from './recognition.js';
import { createAdditionService } from './additions.js';
import { createTableHostService } from './table-hosts.js';
import { createPreferenceService } from './preferences.js';
import { createSignupService } from './signups.js';
import { createGroupActivityService } from './group-activity.js';
import { createRoomMessageService } from './room-message.js';
import { createResultsService } from './results.js';
import { createGroupService } from './groups.js';
import { placingLateArrivals } from './group-seats.js';
import { createCoreGroupService } from './core-group.js';
import { createWorkingGroupService } from './working-groups.js';
import { createConsoleAccess } from './console-access.js';
import { createReturnMeetingService } from './return-meetings.js';
import { createAgendaService } from './agenda.js';
import { createQuestionService } from './questions.js';
import { createAgreementService } from './agreements.js';
import { createReturnReportService } from './return-report.js';
import { createConversationService } from './conversations.js';
import type { Services } from './services.js';
import { createJoiningService } from './joining.js';
import type { SharedJoinActivity } from './joining.js';
import type { Limits } from '../domain/limits.js';
import type { Serialise } from './keyed-queue.js';

/** Wires the services together; the only place that knows how they depend on each other. */
export function createServices(deps: {
  store: Store;
  clock: () => number;
  broadcast: Broadcaster;
  docs: DocWriter;
  /** Reads canvases for the results without keeping a room open. */
  reader: DocReader;
  findFlags: FlagFinder;
  /** Closes open connections, Socket.IO and collab alike, when their right is gone. */
  sessions: SessionCloser;
  /** How long sign-ups are kept (SIGNUP_RETENTION_MONTHS). */
  signupRetentionMonths: number;
  /** Joins one address may make at once per meeting (JOIN_BURST). */
  joinBurst: number;
  /** Rate limits and budgets: in this process, or in Redis shared by every node. */
  limits: Limits;
  /**
   * Whether other nodes serve the same meetings: then nothing read from the store may be kept
   * in memory as still true (who leads a return meeting).
   */
  severalNodes?: boolean;
  /** The joins on other nodes, for the Regie's joins per minute. */
  sharedJoins?: SharedJoinActivity;
  /** Commands on one thing one at a time, over every node; one process's queue by default. */
  serialise?: Serialise;
}): Services {
  const { store, clock, broadcast, docs, reader, findFlags, sessions, limits, serialise } = deps;
  const closePerson = (meetingId: string, personId: string) =>
    sessions.closePerson(meetingId, personId);
  const meetings = createMeetingService({
    store,
    clock,
    broadcast,
    revokeSessions: (meetingId, roles) => sessions.closeRoles(meetingId, roles),
  });
  const themes = createThemeService({ store, broadcast, findFlags });
  const recognition = createRecognitionService({ store, broadcast, themes, clock });
  const additions = createAdditionService({
    store,
    broadcast,
    themes,
    docs,
    findFlags,
    clock,
    limits,
    serialise,
  });
  const groups = createGroupService({
    store,
    broadcast,
    closeCanvas: (meetingId, participantId) => sessions.closeCanvas(meetingId, participantId),
    serialise,
  });
  const tableHosts = createTableHostService({
    store,
    broadcast,
    clock,
    placeLate: (meetingId, participantId) => groups.placeLate(meetingId, participantId),
  });
  const preferences = placingLateArrivals(
    createPreferenceService({ store, broadcast, clock }),
    groups,
    store,
  );
  const workingGroups = createWorkingGroupService({
    store,
    clock,
    broadcast,
    docs,
    reader,
    findFlags,
  });
  const signups = createSignupService({
    store,
    broadcast,
    clock,
    retentionMonths: deps.signupRetentionMonths,
    onChange: ({ signup, deleted }) => {
      // A withdrawn or erased sign-up's link stops working: its open connections close now.
      if (deleted) closePerson(signup.meetingId, signup.id);
      void workingGroups.membersChanged(signup.meetingId, signup.themeId).catch(() => undefined);
    },
    closeSessions: closePerson,
    limits,
  });
  const consoleAccess = createConsoleAccess({ store, cacheLeaders: !deps.severalNodes });
  const returnMeetings = createReturnMeetingService({
    store,
    meetings,
    access: consoleAccess,
    broadcast,
  });
  const coreGroup = createCoreGroupService({
    store,
    clock,
    closeSessions: closePerson,
    endLeads: (meetingId, memberId) => returnMeetings.endLeadsOf(meetingId, memberId),
  });
  const groupActivity = createGroupActivityService({ store, reader, broadcast, clock });
  const roomMessage = createRoomMessageService({ store, broadcast, clock });
  const results = createResultsService({ store, docs: reader, findFlags });
  const agenda = createAgendaService({ store, meetings, reader, broadcast, clock, serialise });
  const questions = createQuestionService({ store, broadcast, clock, limits, serialise });
  const agreements = createAgreementService({ store, broadcast, clock, serialise });
  return {
    meetings,
    themes,
    recognition,
    additions,
    tableHosts,
    preferences,
    signups,
    results,
    groupActivity,
    roomMessage,
    groups,
    coreGroup,
    workingGroups,
    consoleAccess,
    returnMeetings,
    agenda,
    questions,
    agreements,
    returnReports: createReturnReportService({ store }),
    conversations: createConversationService({
      store,
      clock,
      broadcast,
      reader,
      closeSessions: closePerson,
      serialise,
    }),
    joining: createJoiningService({
      store,
      meetings,
      broadcast,
      clock,
      burst: deps.joinBurst,
      limits,
      ...(deps.sharedJoins ? { shared: deps.sharedJoins } : {}),
    }),
  };
}
