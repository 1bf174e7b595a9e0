/** The screens, chosen by path. Secrets (tokens) are read from the fragment, never the path. */
export type Route =
  | { view: 'home' }
  | { view: 'attendee'; code: string }
  | { view: 'console'; token: string }
  | { view: 'projector'; token: string; meetingId?: string }
  | { view: 'tableHost'; token: string }
  | { view: 'organiser'; token: string }
  | { view: 'report'; meetingId: string; token: string }
  | { view: 'signup'; token: string }
  | { view: 'coreGroup'; token: string }
  | { view: 'workingGroup'; token: string }
  | { view: 'conversation'; token: string }
  | { view: 'lead'; meetingId: string; token: string }
  | { view: 'returnReport'; meetingId: string; token: string };

export function parseRoute(pathname: string, hash: string): Route {
  const token = decodeURIComponent(hash.replace(/^#/, ''));
  const join = /^\/j\/([A-Za-z0-9-]{1,12})\/?$/.exec(pathname);
  if (join) return { view: 'attendee', code: join[1] };
  if (pathname === '/r' && token) return { view: 'console', token };
  if (pathname === '/b' && token) return { view: 'projector', token };
  // A return meeting's Beamer, opened with its leader's own link (kopgroep or Regie) after #.
  const screen = /^\/b\/([A-Za-z0-9_-]{8,40})\/?$/.exec(pathname);
  if (screen && token) return { view: 'projector', meetingId: screen[1], token };
  if (pathname === '/t' && token) return { view: 'tableHost', token };
  if (pathname === '/organiser') return { view: 'organiser', token };
  // A personal sign-up link; the page says so itself when the token is missing or unknown.
  if (pathname === '/aanmelding') return { view: 'signup', token };
  // A kopgroep member's personal link; the page says so itself when the token is missing.
  if (pathname === '/kopgroep') return { view: 'coreGroup', token };
  // A werkgroep member's space: their sign-up's personal token; the page explains a bad one.
  if (pathname === '/werkgroep') return { view: 'workingGroup', token };
  // A gespreksleider's link to one small-group conversation; the page explains a bad one.
  if (pathname === '/gesprek') return { view: 'conversation', token };
  // The console of a return meeting: its id in the path, the kopgroep's or Regie's token after #.
  const lead = /^\/leiden\/([A-Za-z0-9_-]{8,40})\/?$/.exec(pathname);
  if (lead && token) return { view: 'lead', meetingId: lead[1], token };
  // A return meeting's verslag: opened by the Regie, the kopgroep or its Beamer, token after #.
  const returnReport = /^\/terugkomverslag\/([A-Za-z0-9_-]{8,40})\/?$/.exec(pathname);
  if (returnReport && token) return { view: 'returnReport', meetingId: returnReport[1], token };
  // The meeting id is no secret (it names documents); the Regie's token stays in the fragment.
  const report = /^\/verslag\/([A-Za-z0-9_-]{8,40})\/?$/.exec(pathname);
  if (report && token) return { view: 'report', meetingId: report[1], token };
  return { view: 'home' };
}
