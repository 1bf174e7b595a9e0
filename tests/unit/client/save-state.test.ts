import { describe, expect, it } from 'vitest';
import { saveState } from '../../../client/lib/save-state.js';

describe('the status line under a shared document', () => {
  it('says "saved" only once the server confirmed everything, and "sending" while it has not', () => {
    expect(saveState('synced', false)).toBe('saved');
    expect(saveState('synced', true)).toBe('sending');
  });

  it('puts a lost connection and a refused change before what is unsent', () => {
    expect(saveState('offline', true)).toBe('offline');
    expect(saveState('rejected', false)).toBe('rejected');
    expect(saveState('connecting', true)).toBe('connecting');
    // A board refused to this screen cannot save either: shown as a refused change.
    expect(saveState('refused', false)).toBe('rejected');
  });
});
