import { estimateOffset } from '../../shared/clock.js';
import type { ClockSample } from '../../shared/clock.js';

/**
 * Measures how far this device's clock is from the server's, with a few pings; the one with
 * the shortest round trip wins (see shared/clock.ts).
 */
export async function measureOffset(
  ping: () => Promise<number>,
  samples = 5,
  gapMs = 150,
): Promise<number> {
  const taken: ClockSample[] = [];
  for (let i = 0; i < samples; i++) {
    const sentAt = Date.now();
    try {
      const serverTime = await ping();
      taken.push({ sentAt, serverTime, receivedAt: Date.now() });
    } catch {
      // A lost ping on bad wifi just means one sample fewer.
    }
    if (i < samples - 1) await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
  return estimateOffset(taken);
}
