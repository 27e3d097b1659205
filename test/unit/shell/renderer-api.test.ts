import { describe, expect, it } from 'vitest';
import { ApiError, browserApi, browserModeToken, unwrap } from '../../../renderer/src/api-client';
import { filterSurveys } from '../../../renderer/src/features/catalog/catalog-filter';
import { initialLanguage } from '../../../renderer/src/app/i18n';
import type { Survey } from '../../../electron/contract/models';

const memoryStorage = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('browser mode client', () => {
  it('posts to /__api/<channel> with the token header and a JSON body', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fake = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 });
    }) as unknown as typeof fetch;
    const api = browserApi('made-up-token', fake);
    expect(await api.search({ query: 'smoke' })).toEqual({ ok: true, value: [] });
    expect(seen[0]!.url).toBe('/__api/search:query');
    expect(seen[0]!.init.headers).toMatchObject({ 'x-ppi-token': 'made-up-token', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(seen[0]!.init.body))).toEqual({ arg: { query: 'smoke' } });
    await api.listSurveys();
    expect(JSON.parse(String(seen[1]!.init.body))).toEqual({});
  });

  it('turns an HTTP refusal into an error result', async () => {
    const api = browserApi('x', (async () => new Response('no', { status: 403 })) as unknown as typeof fetch);
    expect(await api.listSurveys()).toMatchObject({ ok: false, error: { message: expect.stringContaining('403') } });
  });

  it('unwrap returns the value or throws an ApiError', async () => {
    expect(await unwrap(Promise.resolve({ ok: true as const, value: 3 }))).toBe(3);
    await expect(unwrap(Promise.resolve({ ok: false as const, error: { code: 'failed' as const, message: 'boom' } }))).rejects.toBeInstanceOf(ApiError);
  });

  it('takes the token from the URL once and keeps it for reloads', () => {
    const storage = memoryStorage();
    expect(browserModeToken({ search: '?token=abc' }, storage)).toBe('abc');
    expect(browserModeToken({ search: '' }, storage)).toBe('abc');
    expect(browserModeToken({ search: '' }, memoryStorage())).toBe('');
  });
});

describe('renderer helpers', () => {
  const survey = (slug: string, en: string, es: string | null): Survey => ({
    slug, conceptId: null, code: null, name: { en, es }, description: { en: null, es: null }, status: 'current', category: 'x',
    questionCount: 0, participantCount: null, versions: [], pdfs: [],
  });
  it('filters the catalog without case or accents', () => {
    const list = [survey('basics', 'The Basics', 'Información básica'), survey('lifestyle', 'Lifestyle', 'Estilo de vida')];
    expect(filterSurveys(list, 'BASICA').map((s) => s.slug)).toEqual(['basics']);
    expect(filterSurveys(list, '  ').length).toBe(2);
    expect(filterSurveys(list, 'life').map((s) => s.slug)).toEqual(['lifestyle']);
  });

  it('picks Spanish for Spanish-speaking systems, English otherwise', () => {
    expect(initialLanguage('es-MX')).toBe('es');
    expect(initialLanguage('en-US')).toBe('en');
    expect(initialLanguage('fr')).toBe('en');
  });
});
