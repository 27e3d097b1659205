// The hash routes: parse and format are inverse, odd input never throws, link helpers encode.
import { afterEach, describe, expect, it } from 'vitest';
import { formatRoute, linkToItem, linkToSearch, linkToSource, linkToSurvey, parseRoute, sectionOf, useRouteStore, type Route } from '../../../renderer/src/app/router';

describe('router', () => {
  afterEach(() => useRouteStore.setState({ route: { name: 'surveys' }, hash: '#/surveys' }));

  it('parses every route', () => {
    expect(parseRoute('')).toEqual({ name: 'surveys' });
    expect(parseRoute('#/')).toEqual({ name: 'surveys' });
    expect(parseRoute('#/surveys')).toEqual({ name: 'surveys' });
    expect(parseRoute('#/surveys/lifestyle')).toEqual({ name: 'survey', slug: 'lifestyle' });
    expect(parseRoute('#/item/1585860')).toEqual({ name: 'item', id: '1585860' });
    expect(parseRoute('#/item/Smoking_100CigsLifetime')).toEqual({ name: 'item', id: 'Smoking_100CigsLifetime' });
    expect(parseRoute('#/search?q=smoke&survey=lifestyle&kind=question&lang=en&instrument=tus-cps')).toEqual({
      name: 'search', q: 'smoke', survey: 'lifestyle', kind: 'question', lang: 'en', instrument: 'tus-cps',
    });
    expect(parseRoute('#/sources')).toEqual({ name: 'sources' });
    expect(parseRoute('#/sources/nhis')).toEqual({ name: 'source', key: 'nhis' });
    expect(parseRoute('#/about')).toEqual({ name: 'about' });
  });

  it('round-trips through formatRoute, with encoding', () => {
    const routes: Route[] = [
      { name: 'surveys' }, { name: 'survey', slug: 'cope' }, { name: 'item', id: 'a/b c?ñ' },
      { name: 'search', q: 'café & "tabaco"', kind: 'answer' }, { name: 'sources' }, { name: 'source', key: 'x#y' }, { name: 'about' },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
  });

  it('never throws on odd hashes', () => {
    for (const h of ['#/item/%E0%A4%A', '#/nope', '#/surveys/a/b', '#////', '#/search', '#/item/', '#%']) {
      expect(() => parseRoute(h)).not.toThrow();
    }
    expect(parseRoute('#/nope').name).toBe('not-found');
    expect(parseRoute('#/item/%E0%A4%A')).toEqual({ name: 'item', id: '%E0%A4%A' });
  });

  it('link helpers', () => {
    expect(linkToItem(1585860)).toBe('#/item/1585860');
    expect(linkToSurvey('lifestyle')).toBe('#/surveys/lifestyle');
    expect(linkToSource('tus cps')).toBe('#/sources/tus%20cps');
    expect(linkToSearch('smoke', { survey: 'lifestyle' })).toBe('#/search?q=smoke&survey=lifestyle');
    expect(sectionOf({ name: 'item', id: '1' })).toBe('surveys');
    expect(sectionOf({ name: 'source', key: 'k' })).toBe('sources');
    expect(parseRoute('#/imports')).toEqual({ name: 'imports' });
    expect(formatRoute({ name: 'imports' })).toBe('#/imports');
    expect(sectionOf({ name: 'imports' })).toBe('imports');
    expect(parseRoute('#/imports/x')).toEqual({ name: 'not-found', path: '/imports/x' });
  });

  it('the store follows hashes and ignores a repeat', () => {
    const s = useRouteStore.getState();
    s.sync('#/surveys/lifestyle');
    expect(useRouteStore.getState().route).toEqual({ name: 'survey', slug: 'lifestyle' });
    const before = useRouteStore.getState();
    useRouteStore.getState().sync('#/surveys/lifestyle/');
    expect(useRouteStore.getState()).toBe(before);
    useRouteStore.getState().navigate({ name: 'about' }); // no window under Node: the store still moves
    expect(useRouteStore.getState().hash).toBe('#/about');
  });
});
