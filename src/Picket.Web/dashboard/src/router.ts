// Hash routes, so that every view is a URL a colleague can open and the server needs no route of its own:
// #/search?q=TEXT, #/vessel/MMSI, #/event/ID, #/cap, #/live (the watch), and #/ for the overview.

export type Route =
  | { view: 'home' }
  | { view: 'search'; q: string }
  | { view: 'vessel'; mmsi: number }
  | { view: 'event'; id: string }
  | { view: 'cap' }
  | { view: 'live' }
  | { view: 'unknown'; hash: string };

// An MMSI is nine decimal digits (ITU-R M.585); anything else is not a vessel route.
const mmsiPattern = /^\d{9}$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const [pathname, queryString = ''] = path.split('?', 2);
  const parts = pathname.split('/').filter(p => p.length > 0).map(safeDecode);
  if (parts.length === 0) return { view: 'home' };
  if (parts[0] === 'search' && parts.length === 1) return { view: 'search', q: new URLSearchParams(queryString).get('q') ?? '' };
  if (parts[0] === 'vessel' && parts.length === 2 && mmsiPattern.test(parts[1])) return { view: 'vessel', mmsi: Number(parts[1]) };
  if (parts[0] === 'event' && parts.length === 2 && parts[1].length > 0) return { view: 'event', id: parts[1] };
  if (parts[0] === 'cap' && parts.length === 1) return { view: 'cap' };
  if (parts[0] === 'live' && parts.length === 1) return { view: 'live' };
  return { view: 'unknown', hash };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const routes = {
  home: () => '#/',
  search: (q: string) => `#/search?${new URLSearchParams({ q })}`,
  vessel: (mmsi: number) => `#/vessel/${mmsi}`,
  event: (id: string) => `#/event/${encodeURIComponent(id)}`,
  cap: () => '#/cap',
  live: () => '#/live',
};

export function onRoute(handler: (route: Route) => void): void {
  window.addEventListener('hashchange', () => handler(parseRoute(location.hash)));
  handler(parseRoute(location.hash));
}
