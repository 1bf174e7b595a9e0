import { getContext, setContext } from 'svelte';
import type { CollabStatus } from './collab-status.js';

/**
 * What a phone's connection banner needs to know about the canvas on screen. The canvas has
 * its own connection and keeps notes on the phone while it is down; the banner at the top
 * then says exactly that, so the phone shows one warning instead of two.
 */
export class ConnectionNotice {
  /** The connection of the canvas that is shown, or null when none is. */
  canvas = $state<CollabStatus | null>(null);
}

const KEY = Symbol('connection-notice');

export function provideConnectionNotice(): ConnectionNotice {
  return setContext(KEY, new ConnectionNotice());
}

/** The page's notice, or undefined on a page without one (the canvas then warns itself). */
export function useConnectionNotice(): ConnectionNotice | undefined {
  return getContext<ConnectionNotice | undefined>(KEY);
}
