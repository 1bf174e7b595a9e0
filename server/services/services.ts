import type { MeetingService } from './meetings.js';
import type { ThemeService } from './themes.js';
import type { RecognitionService } from './recognition.js';
import type { AdditionService } from './additions.js';
import type { TableHostService } from './table-hosts.js';
import type { PreferenceService } from './preferences.js';
import type { SignupService } from './signups.js';
import type { GroupActivityService } from './group-activity.js';
import type { RoomMessageService } from './room-message.js';
import type { ResultsService } from './results.js';
import type { GroupService } from './groups.js';
import type { CoreGroupService } from './core-group.js';
import type { WorkingGroupService } from './working-groups.js';
import type { ConsoleAccess } from './console-access.js';
import type { ReturnMeetingService } from './return-meetings.js';
import type { AgendaService } from './agenda.js';
import type { QuestionService } from './questions.js';
import type { AgreementService } from './agreements.js';
import type { ReturnReportService } from './return-report.js';
import type { JoiningService } from './joining.js';
import type { ConversationService } from './conversations.js';

/** Every service the realtime handlers and the HTTP API use, built once in app.ts. */
export interface Services {
  meetings: MeetingService;
  themes: ThemeService;
  recognition: RecognitionService;
  additions: AdditionService;
  tableHosts: TableHostService;
  preferences: PreferenceService;
  signups: SignupService;
  groupActivity: GroupActivityService;
  roomMessage: RoomMessageService;
  results: ResultsService;
  groups: GroupService;
  coreGroup: CoreGroupService;
  workingGroups: WorkingGroupService;
  consoleAccess: ConsoleAccess;
  returnMeetings: ReturnMeetingService;
  agenda: AgendaService;
  questions: QuestionService;
  agreements: AgreementService;
  returnReports: ReturnReportService;
  /** Joins budgeted per address and meeting; the Regie closes and opens joining. */
  joining: JoiningService;
  /** Step 2 of the method: the kopgroep's small-group conversations and their links. */
  conversations: ConversationService;
}
