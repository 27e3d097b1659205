// In-app hash routes (F12): back/forward and deep links work, and the URL's query (the browser
// mode's token) is never touched. parseRoute/formatRoute are pure; the store follows location.hash.
import { create } from 'zustand';
import { linkToPdf, pdfParams, type PdfBox } from '../features/pdf/links';

export interface SearchParams {
  q: string;
  survey?: string;
  kind?: string;
  lang?: string;
  instrument?: string;
}

export type Route =
  | { name: 'surveys' }
  | { name: 'survey'; slug: string; release?: string }
  | { name: 'item'; id: string }
  | ({ name: 'search' } & SearchParams)
  | { name: 'sources' }
  | { name: 'source'; key: string }
  | { name: 'about' }
  | { name: 'lists' }
  | { name: 'imports' }
  | ({ name: 'present'; slug: string } & PresentParams)
  | { name: 'pdf'; doc: string; page?: number; q?: string; boxes?: PdfBox[] }
  | ({ name: 'diff'; slug: string } & DiffParams)
  | { name: 'align'; slug: string; release?: string; flagged?: boolean }
  | { name: 'not-found'; path: string };

export type RouteName = Route['name'];

/** Release diff (F16): the two releases, the kind of change shown, a words filter. */
export interface DiffParams {
  from?: string;
  to?: string;
  show?: string;
  q?: string;
}

/** Trainer mode (F10): the release, the question shown, content language, codes shown. */
export interface PresentParams {
  release?: string;
  q?: string;
  lang?: 'en' | 'es' | 'both';
  codes?: boolean;
}

function presentParams(query: string): PresentParams {
  const p = new URLSearchParams(query);
  const out: PresentParams = {};
  const q = p.get('q');
  const lang = p.get('lang');
  const release = p.get('release');
  if (release) out.release = release;
  if (q) out.q = q;
  if (lang === 'en' || lang === 'es' || lang === 'both') out.lang = lang;
  if (p.get('codes') === '1') out.codes = true;
  return out;
}

const SEARCH_FILTERS = ['survey', 'kind', 'lang', 'instrument'] as const;

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a malformed escape is kept as typed rather than crashing the app
  }
};

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2) as [string, string?];
  const parts = pathPart.split('/').filter(Boolean).map(decode);
  const [head, arg, ...rest] = parts;
  if (rest.length > 0) return { name: 'not-found', path: pathPart };
  if (!head) return { name: 'surveys' };
  const query = new URLSearchParams(queryPart);
  const opt = (k: string) => query.get(k) || undefined;
  if (head === 'surveys') return arg ? { name: 'survey', slug: arg, ...(opt('release') ? { release: opt('release') } : {}) } : { name: 'surveys' };
  if (head === 'diff' && arg) return { name: 'diff', slug: arg, ...pick({ from: opt('from'), to: opt('to'), show: opt('show'), q: opt('q') }) };
  if (head === 'align' && arg) return { name: 'align', slug: arg, ...pick({ release: opt('release') }), ...(query.get('flagged') === '1' ? { flagged: true } : {}) };
  if (head === 'item' && arg) return { name: 'item', id: arg };
  if (head === 'sources') return arg ? { name: 'source', key: arg } : { name: 'sources' };
  if (head === 'about' && !arg) return { name: 'about' };
  if (head === 'lists' && !arg) return { name: 'lists' };
  if (head === 'imports' && !arg) return { name: 'imports' };
  if (head === 'present' && arg) return { name: 'present', slug: arg, ...presentParams(queryPart) };
  if (head === 'pdf' && arg) return { name: 'pdf', doc: arg, ...pdfParams(queryPart) };
  if (head === 'search' && !arg) {
    const params = new URLSearchParams(queryPart);
    const route: Route = { name: 'search', q: params.get('q') ?? '' };
    for (const f of SEARCH_FILTERS) {
      const v = params.get(f);
      if (v) route[f] = v;
    }
    return route;
  }
  return { name: 'not-found', path: pathPart };
}

const seg = (s: string) => encodeURIComponent(s);

/** Only the parameters that are set (so a route compares equal to its parsed hash). */
function pick<T extends Record<string, string | undefined>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams(pick(params) as Record<string, string>).toString();
  return q ? `${path}?${q}` : path;
}

export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'surveys':
      return '#/surveys';
    case 'survey':
      return withQuery(`#/surveys/${seg(route.slug)}`, { release: route.release });
    case 'diff':
      return withQuery(`#/diff/${seg(route.slug)}`, { from: route.from, to: route.to, show: route.show, q: route.q });
    case 'align':
      return withQuery(`#/align/${seg(route.slug)}`, { release: route.release, flagged: route.flagged ? '1' : undefined });
    case 'item':
      return `#/item/${seg(route.id)}`;
    case 'sources':
      return '#/sources';
    case 'source':
      return `#/sources/${seg(route.key)}`;
    case 'lists':
      return '#/lists';
    case 'imports':
      return '#/imports';
    case 'about':
      return '#/about';
    case 'search': {
      const params = new URLSearchParams({ q: route.q });
      for (const f of SEARCH_FILTERS) if (route[f]) params.set(f, route[f]!);
      return `#/search?${params.toString()}`;
    }
    case 'present': {
      const params = new URLSearchParams();
      if (route.release) params.set('release', route.release);
      if (route.q) params.set('q', route.q);
      if (route.lang) params.set('lang', route.lang);
      if (route.codes) params.set('codes', '1');
      const query = params.toString();
      return `#/present/${seg(route.slug)}${query ? `?${query}` : ''}`;
    }
    case 'pdf':
      return linkToPdf(route.doc, { page: route.page, q: route.q, boxes: route.boxes });
    case 'not-found':
      return `#${route.path}`;
  }
}

export const linkToItem = (codeOrId: string | number) => formatRoute({ name: 'item', id: String(codeOrId) });
export const linkToSurvey = (slug: string, release?: string) => formatRoute({ name: 'survey', slug, ...(release ? { release } : {}) });
export const linkToDiff = (slug: string, params: DiffParams = {}) => formatRoute({ name: 'diff', slug, ...params });
export const linkToAlign = (slug: string, release?: string, flagged?: boolean) => formatRoute({ name: 'align', slug, ...(release ? { release } : {}), ...(flagged ? { flagged } : {}) });
export const linkToSearch = (q: string, filters: Omit<SearchParams, 'q'> = {}) => formatRoute({ name: 'search', q, ...filters });
export const linkToSource = (key: string) => formatRoute({ name: 'source', key });
export const linkToPresent = (slug: string, params: PresentParams = {}) => formatRoute({ name: 'present', slug, ...params });

/** The section of the navigation a route belongs to (for aria-current). */
export function sectionOf(route: Route): 'surveys' | 'search' | 'sources' | 'lists' | 'imports' | 'about' | null {
  if (['surveys', 'survey', 'item', 'present', 'pdf', 'diff', 'align'].includes(route.name)) return 'surveys';
  if (route.name === 'search') return 'search';
  if (route.name === 'sources' || route.name === 'source') return 'sources';
  if (route.name === 'about') return 'about';
  if (route.name === 'lists') return 'lists';
  if (route.name === 'imports') return 'imports';
  return null;
}

interface RouteState {
  route: Route;
  /** The hash the route was parsed from: a key that changes on every navigation. */
  hash: string;
  /** Follows a hash (from the location or from a link). */
  sync(hash: string): void;
  /** Navigates: a new history entry, or replacing the current one (typing in a filter). */
  navigate(target: Route | string, options?: { replace?: boolean }): void;
}

const normal = (hash: string) => formatRoute(parseRoute(hash));

export const useRouteStore = create<RouteState>((set, get) => ({
  route: { name: 'surveys' },
  hash: '#/surveys',
  sync: (hash) => {
    const h = normal(hash);
    if (h !== get().hash) set({ route: parseRoute(h), hash: h });
  },
  navigate: (target, options) => {
    const h = typeof target === 'string' ? normal(target) : formatRoute(target);
    if (typeof window !== 'undefined') {
      if (options?.replace) window.history.replaceState(window.history.state, '', h);
      else if (window.location.hash !== h) window.location.hash = h;
    }
    get().sync(h);
  },
}));

/** Keeps the store in step with location.hash (back/forward, typed URLs); returns a stop function. */
export function startRouteSync(win: Window = window): () => void {
  const onChange = () => useRouteStore.getState().sync(win.location.hash || '#/surveys');
  onChange();
  win.addEventListener('hashchange', onChange);
  return () => win.removeEventListener('hashchange', onChange);
}
