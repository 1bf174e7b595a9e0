/** localStorage can be missing or throw (private mode on old phones); the app must still work. */
export function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
