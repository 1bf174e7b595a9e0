import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { plenaryAdditionsOf, readPlenaryAdditions } from '../../shared/plenary-doc.js';
import type { PlenaryAddition } from '../../shared/plenary-doc.js';
import { COLLAB_CLOSE } from '../../shared/codes.js';
import { collabSocket, collabUrl } from './collab-client.js';

/**
 * The plenary board: additions the facilitator approved, written by the server alone. Screens
 * only read it; markup reads `additions` (newest first) and never touches Yjs.
 */
export class PlenaryState {
  additions = $state<PlenaryAddition[]>([]);

  private readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;

  constructor(name: string, token: string) {
    this.provider = new WebsocketProvider(collabUrl(), name, this.doc, {
      WebSocketPolyfill: collabSocket(token),
      disableBc: true,
    });
    this.provider.awareness.setLocalState(null);
    plenaryAdditionsOf(this.doc).observeDeep(
      () => (this.additions = readPlenaryAdditions(this.doc)),
    );
    this.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event?.code === COLLAB_CLOSE.unauthorised || event?.code === COLLAB_CLOSE.forbidden) {
        this.provider.shouldConnect = false;
      }
    });
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

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
