/** Where this page's collaborative documents live: the same host, over ws or wss. */
export function collabUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/collab`;
}

/** A random, URL-safe note id; made on the phone so an edit made offline already has its id. */
export function newNoteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}
