import { plenaryAdditionsOf, readPlenaryAdditions } from '../../shared/plenary-doc.js';
import type { PlenaryAddition } from '../../shared/plenary-doc.js';
import { CollabState } from './collab-client.svelte.js';

/**
 * The plenary board: additions the facilitator approved, written by the server alone. Screens
 * only read it; markup reads `additions` (newest first) and never touches Yjs.
 */
export class PlenaryState extends CollabState {
  additions = $state<PlenaryAddition[]>([]);

  constructor(name: string, token: string) {
    super(name, token);
    const doc = this.doc;
    plenaryAdditionsOf(doc).observeDeep(() => (this.additions = readPlenaryAdditions(doc)));
  }

  /**
   * The newest approved additions that `match` (their `themeId` is `''` for "iets anders"), as
   * many as fit on one screen: at most `limit`, and no more text than `chars` after the first.
   */
  newest(
    match: (addition: PlenaryAddition) => boolean,
    limit: number,
    chars = 600,
  ): PlenaryAddition[] {
    const shown: PlenaryAddition[] = [];
    let used = 0;
    for (const addition of this.additions) {
      if (!match(addition)) continue;
      used += addition.text.length;
      if (shown.length >= limit || (shown.length > 0 && used > chars)) break;
      shown.push(addition);
    }
    return shown;
  }
}
