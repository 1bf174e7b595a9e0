import { Synced } from './synced.js';

export type { SyncSource } from './synced.js';

/** A Synced whose `loaded` the markup follows; see Synced. */
export abstract class SyncedState extends Synced {
  loaded = $state(false);
}
