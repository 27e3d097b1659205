// The search feature's state and pure helpers, without React: stale answers dropped, filters
// passed through, keyboard movement wrapping, snippets parsed without HTML, palette options.
import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchOptions, SearchResult } from '../../../electron/contract/models';
import { hitTarget, isExactHit, paletteOptions } from '../../../renderer/src/features/search/palette-options';
import { createSearchStore } from '../../../renderer/src/features/search/search-store';
import { parseSnippet, snippetLanguage } from '../../../renderer/src/features/search/snippet';

const hit = (over: Partial<SearchHit> = {}): SearchHit => ({
  kind: 'question',
  conceptId: 1,
  code: 'A_B',
  survey: null,
  text: { en: 'Do you smoke?', es: '¿Fuma usted?' },
  snippet: 'Do you <mark>smoke</mark>?',
  score: 1,
  match: 'text',
  ...over,
});
const result = (hits: SearchHit[], suggestions: string[] = []): SearchResult => ({ hits, suggestions, tookMs: 1 });

function deferred() {
  const calls: { query: string; options: SearchOptions; resolve(r: SearchResult): void; reject(e: unknown): void }[] = [];
  const run = (query: string, options: SearchOptions) =>
    new Promise<SearchResult>((resolve, reject) => calls.push({ query, options, resolve, reject }));
  return { calls, run };
}

describe('search store', () => {
  it('keeps only the answer to the latest query', async () => {
    const d = deferred();
    const store = createSearchStore(d.run, 12);
    store.getState().setQuery('ci');
    store.getState().setQuery('cig');
    d.calls[1]!.resolve(result([hit({ code: 'NEW' })]));
    d.calls[0]!.resolve(result([hit({ code: 'OLD' })]));
    await Promise.resolve();
    await Promise.resolve();
    expect(store.getState().shownQuery).toBe('cig');
    expect(store.getState().result!.hits.map((h) => h.code)).toEqual(['NEW']);
    expect(store.getState().status).toBe('ready');
  });

  it("shows the renderer's own answer at once, asks the service only when typing pauses, and at once otherwise", async () => {
    const d = deferred();
    const mine = result([hit({ code: 'LOCAL' })]);
    const store = createSearchStore(d.run, 12, (q) => (q.startsWith('sm') ? mine : null), 20);
    store.getState().setQuery('sm');
    store.getState().setQuery('smo');
    expect(store.getState()).toMatchObject({ shownQuery: 'smo', status: 'ready', source: 'local', result: mine });
    expect(d.calls).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 60));
    expect(d.calls.map((c) => c.query)).toEqual(['smo']);
    d.calls[0]!.resolve(result([hit({ code: 'LOCAL' })]));
    await new Promise((r) => setTimeout(r, 0));
    // The same answer: the shown result object is kept, only its source changes.
    expect(store.getState()).toMatchObject({ source: 'service', result: mine });
    store.getState().setQuery('x');
    expect(d.calls.map((c) => c.query)).toEqual(['smo', 'x']);
    expect(store.getState().status).toBe('loading');
  });

  it('passes filters and the limit, and asks nothing for an empty query', () => {
    const d = deferred();
    const store = createSearchStore(d.run, 200);
    store.getState().load('   ', { survey: 'lifestyle' });
    expect(d.calls).toHaveLength(0);
    expect(store.getState().status).toBe('idle');
    store.getState().load('smoke', { survey: 'lifestyle', kind: 'question', lang: 'es', instrument: 's:tuscps' });
    expect(d.calls[0]!.options).toEqual({ lang: 'es', limit: 200, survey: 'lifestyle', kind: 'question', instrument: 's:tuscps' });
  });

  it('reports a failure as an error state with an empty result, never a throw', async () => {
    const d = deferred();
    const store = createSearchStore(d.run, 12);
    store.getState().setQuery('x');
    d.calls[0]!.reject(new Error('boom'));
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState()).toMatchObject({ status: 'error', error: 'boom', result: { hits: [] } });
  });

  it('moves the active option with wrap-around', () => {
    const store = createSearchStore(deferred().run, 12);
    store.getState().move(1, 3);
    store.getState().move(1, 3);
    store.getState().move(1, 3);
    expect(store.getState().active).toBe(0);
    store.getState().move(-1, 3);
    expect(store.getState().active).toBe(2);
    store.getState().move(1, 0);
    expect(store.getState().active).toBe(2);
  });
});

describe('snippets', () => {
  it('turns <mark> into marked segments and unescapes the rest as text', () => {
    expect(parseSnippet('a &lt;b&gt; <mark>c&amp;d</mark> &quot;e&#39;')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: 'c&d', mark: true },
      { text: ' "e\'', mark: false },
    ]);
  });

  it('keeps any other tag as literal text', () => {
    expect(parseSnippet('<img src=x onerror=alert(1)><mark>x</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: 'x', mark: true },
    ]);
  });

  it('tells which language a snippet was cut from', () => {
    expect(snippetLanguage('¿<mark>Fuma</mark> usted?', { en: 'Do you smoke?', es: '¿Fuma usted?' })).toBe('es');
    expect(snippetLanguage('Do you <mark>smoke</mark>?', { en: 'Do you smoke?', es: null })).toBe('en');
    expect(snippetLanguage('<mark>Yes</mark>', { en: 'Do you smoke?', es: null })).toBeNull();
  });
});

describe('palette options', () => {
  it('lists hits, then suggestions, then "all results"; nothing for an empty query', () => {
    expect(paletteOptions('', result([hit()]))).toEqual([]);
    expect(paletteOptions('smoke', result([hit(), hit({ code: 'C' })])).map((o) => o.type)).toEqual(['hit', 'hit', 'all']);
    expect(paletteOptions('cigarete', result([], ['cigarettes'])).map((o) => o.type)).toEqual(['suggestion']);
  });

  it('opens a hit by its code, else its ID; exact ID and code hits are lookups', () => {
    expect(hitTarget({ code: 'Smoking_SmokeFrequency', conceptId: 1585860 })).toBe('Smoking_SmokeFrequency');
    expect(hitTarget({ code: null, conceptId: 1585860 })).toBe('1585860');
    expect(isExactHit({ match: 'concept-id' })).toBe(true);
    expect(isExactHit({ match: 'code' })).toBe(true);
    expect(isExactHit({ match: 'code-prefix' })).toBe(false);
  });
});
