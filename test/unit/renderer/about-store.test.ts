// About the data without React: files grouped by repository, coverage read defensively, the
// filter over files, and locale formatting of calendar days.
import { describe, expect, it } from 'vitest';
import { groupByRepository, shares, shortCommit, type DataSource } from '../../../renderer/src/features/about/about-model';
import { createAboutStore, filterGroups } from '../../../renderer/src/features/about/about-store';
import { formatDay, formatPercent } from '../../../renderer/src/features/about/format';

const src = (repo: string, path: string, commit = 'abcdef0123456789', over: Partial<DataSource> = {}): DataSource => ({
  id: `${repo}:${path}`,
  repo,
  commit,
  date: null,
  path,
  license: 'MIT',
  format: 'csv',
  provides: 'questions',
  origin: 'local',
  ...over,
});

describe('about model', () => {
  it('groups files by repository, sorted, with each distinct commit and license once', () => {
    const g = groupByRepository([src('b/r', 'z.csv'), src('a/r', 'x.json', 'c1', { license: 'none stated' }), src('b/r', 'a.csv', 'c2')]);
    expect(g.map((x) => x.repo)).toEqual(['a/r', 'b/r']);
    expect(g[1]!.files.map((f) => f.path)).toEqual(['a.csv', 'z.csv']);
    expect(g[1]!.commits).toEqual(['abcdef0123456789', 'c2']);
    expect(g[0]!.licenses).toEqual(['none stated']);
    expect(shortCommit('3ccb7d17d80463df3c8c6e7750933dd7306383e5')).toBe('3ccb7d1');
  });

  it('reads share-like coverage entries only, in order', () => {
    expect(shares({ questions: 10, withSpanish: { count: 5, of: 10, share: 0.5 }, withX: { count: 1, of: 4 }, odd: 'x' })).toEqual([
      { key: 'withSpanish', count: 5, of: 10, share: 0.5 },
      { key: 'withX', count: 1, of: 4, share: 0.25 },
    ]);
    expect(shares(null)).toEqual([]);
  });

  it('filters files by every word over repository, path, format, license and provides', () => {
    const groups = groupByRepository([src('all-of-us/data-browser', 'a.csv'), src('roux-ohdsi/allofus', 'b.rda', 'c', { format: 'rda' })]);
    const store = createAboutStore();
    store.getState().setFilter('ROUX rda');
    expect(filterGroups(groups, store.getState().filter).map((g) => g.repo)).toEqual(['roux-ohdsi/allofus']);
    expect(filterGroups(groups, '')).toHaveLength(2);
    expect(filterGroups(groups, 'nothing-like-this')).toEqual([]);
  });
});

describe('formatting', () => {
  it('formats a calendar day in the UI language without shifting it by time zone', () => {
    expect(formatDay('2026-08-17', 'en')).toBe('August 17, 2026');
    expect(formatDay('2026-08-17', 'es')).toBe('17 de agosto de 2026');
    expect(formatDay(null, 'en')).toBeNull();
    expect(formatDay('not a date', 'en')).toBe('not a date');
    expect(formatPercent(0.561, 'en')).toBe('56.1%');
    expect(formatPercent(0.561, 'es')).toMatch(/^56,1\s?%$/);
  });
});
