import type { Role } from '../../shared/model.js';
import type { Store } from '../store/store.js';
import type { DocWriter } from '../collab/doc-writer.js';
import type { FlagFinder } from '../domain/themes.js';
import type { Broadcaster } from './broadcast.js';
import { createMeetingService } from './meetings.js';
import { createThemeService } from './themes.js';
import { createRecognitionService } from './recognition.js';
import { createAdditionService } from './additions.js';
import { createTableHostService } from './table-hosts.js';
import { createPreferenceService } from './preferences.js';
import type { Services } from './services.js';

/** Wires the services together; the only place that knows how they depend on each other. */
export function createServices(deps: {
  store: Store;
  clock: () => number;
  broadcast: Broadcaster;
  docs: DocWriter;
  findFlags: FlagFinder;
  revokeSessions: (meetingId: string, roles: readonly Role[]) => void;
}): Services {
  const { store, clock, broadcast, docs, findFlags, revokeSessions } = deps;
  const meetings = createMeetingService({ store, clock, broadcast, revokeSessions });
  const themes = createThemeService({ store, broadcast, findFlags });
  const recognition = createRecognitionService({ store, broadcast, themes });
  const additions = createAdditionService({ store, broadcast, themes, docs, findFlags, clock });
  const tableHosts = createTableHostService({ store, broadcast, clock });
  const preferences = createPreferenceService({ store, broadcast, clock });
  return { meetings, themes, recognition, additions, tableHosts, preferences };
}
