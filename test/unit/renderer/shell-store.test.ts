// The shell store: content language persisted and validated; menu commands move between routes.
import { afterEach, describe, expect, it } from 'vitest';
import { appStateFor, usePageStateStore } from '../../../renderer/src/app/page-state';
import { useRouteStore } from '../../../renderer/src/app/router';
import { readContentLanguage, shownLanguages, useShellStore } from '../../../renderer/src/app/shell-store';

const memoryStorage = (init: Record<string, string> = {}) => {
  const m = new Map(Object.entries(init));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) } as unknown as Storage;
};

describe('shell store', () => {
  afterEach(() => useRouteStore.setState({ route: { name: 'surveys' }, hash: '#/surveys' }));

  it('reads a stored content language, and falls back to both on anything else', () => {
    expect(readContentLanguage(memoryStorage({ 'ppi.contentLanguage': 'es' }))).toBe('es');
    expect(readContentLanguage(memoryStorage({ 'ppi.contentLanguage': 'fr' }))).toBe('both');
    expect(readContentLanguage(null)).toBe('both');
    expect(shownLanguages('both')).toEqual(['en', 'es']);
    expect(shownLanguages('es')).toEqual(['es']);
  });

  it('sets the content language', () => {
    useShellStore.getState().setContentLanguage('en');
    expect(useShellStore.getState().contentLanguage).toBe('en');
  });

  it('menu commands: about-data and catalog navigate, search counts requests', () => {
    useShellStore.getState().command('about-data');
    expect(useRouteStore.getState().route.name).toBe('about');
    useShellStore.getState().command('catalog');
    expect(useRouteStore.getState().route.name).toBe('surveys');
    const n = useShellStore.getState().searchRequests;
    useShellStore.getState().command('search');
    expect(useShellStore.getState().searchRequests).toBe(n + 1);
  });

  it('the root reads loading until the page reports for the current hash', () => {
    usePageStateStore.getState().report('#/surveys', 'ready');
    expect(appStateFor('#/surveys', usePageStateStore.getState())).toBe('ready');
    expect(appStateFor('#/about', usePageStateStore.getState())).toBe('loading');
  });
});
