/**
 * Clock-offset estimation (the NTP idea, one round trip at a time). Phones' clocks are often
 * minutes off; timers are end times on the server's clock, so every screen corrects for its offset.
 */
export interface ClockSample {
  /** Client time when the ping was sent. */
  sentAt: number;
  /** Server time in the answer. */
  serverTime: number;
  /** Client time when the answer arrived. */
  receivedAt: number;
}

/** Offset to add to the client clock to get server time, assuming symmetric network delay. */
export function offsetOf(sample: ClockSample): number {
  return sample.serverTime - (sample.sentAt + sample.receivedAt) / 2;
}

export function roundTripOf(sample: ClockSample): number {
  return sample.receivedAt - sample.sentAt;
}

/**
 * The best estimate from several samples: the one with the shortest round trip, because its
 * error is bounded by half that round trip. Returns 0 without samples.
 */
export function estimateOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    if (roundTripOf(sample) < 0) continue;
    if (!best || roundTripOf(sample) < roundTripOf(best)) best = sample;
  }
  return best ? offsetOf(best) : 0;
}

/** Whole seconds left for display, rounding up so "0:00" shows only when time is really up. */
export function secondsLeft(endsAtServer: number, clientNow: number, offset: number): number {
  return Math.max(0, Math.ceil((endsAtServer - (clientNow + offset)) / 1000));
}
