// The lists store over the real codebook: every action, saved to a real user-data folder.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ListsStore, listsFilePath } from '../../../electron/services/lists/lists-store';
import { loadListsFile } from '../../../electron/services/lists/lists-file';
import { openRealDb } from '../../helpers/real-db';
import { useTempDirs } from './helpers/temp-dir';

const db = openRealDb();
afterAll(() => db.close());
const tempDir = useTempDirs();

function newStore() {
  const store = new ListsStore(listsFilePath(tempDir()), db);
  const id = store.apply({ op: 'create', name: 'Tobacco' }).lists[0]!.id;
  return { store, id };
}

describe('ListsStore', () => {
  it('adds a question by code with a snapshot of its identifiers and texts (Smoking_SmokeFrequency is 1585860)', () => {
    const { store, id } = newStore();
    const s = store.apply({ op: 'add', listId: id, item: 'smoking_smokefrequency', answers: 'all' });
    const e = s.lists[0]!.entries[0]!;
    expect(e).toMatchObject({ code: 'Smoking_SmokeFrequency', conceptId: 1585860, allAnswers: true, survey: { slug: 'lifestyle' } });
    expect(e.text.en).toMatch(/smoke cigarettes/);
    expect(e.text.es).toMatch(/cigarrillos/);
    expect(e.answers.map((a) => a.code)).toContain('SmokeFrequency_NotAtAll');
    expect(e.answers.find((a) => a.code === 'SmokeFrequency_NotAtAll')).toMatchObject({ conceptId: 1585863 });
    expect(e.codebookAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.count).toBe(1);
  });

  it('adds by concept ID with chosen answers; adding again keeps the place and note, takes the new answers', () => {
    const { store, id } = newStore();
    store.apply({ op: 'add', listId: id, item: '1585857', answers: 'all' });
    let s = store.apply({ op: 'add', listId: id, item: '1585860', answers: ['SmokeFrequency_NotAtAll'] });
    const entry = s.lists[0]!.entries[1]!;
    expect(entry).toMatchObject({ allAnswers: false, answers: [{ code: 'SmokeFrequency_NotAtAll', conceptId: 1585863 }] });
    store.apply({ op: 'annotate', listId: id, entryId: entry.id, note: 'current smokers' });
    s = store.apply({ op: 'add', listId: id, item: 'Smoking_SmokeFrequency', answers: ['SmokeFrequency_EveryDay', 'SmokeFrequency_SomeDays'] });
    expect(s.lists[0]!.entries).toHaveLength(2);
    expect(s.lists[0]!.entries[1]).toMatchObject({ id: entry.id, note: 'current smokers' });
    expect(s.lists[0]!.entries[1]!.answers.map((a) => a.code)).toEqual(['SmokeFrequency_EveryDay', 'SmokeFrequency_SomeDays']);
  });

  it('an answer stands for its question with that answer chosen; a module is refused', () => {
    const { store, id } = newStore();
    const s = store.apply({ op: 'add', listId: id, item: '1585863', answers: 'all' });
    expect(s.lists[0]!.entries[0]).toMatchObject({ code: 'Smoking_SmokeFrequency', allAnswers: false, answers: [{ conceptId: 1585863 }] });
    expect(() => store.apply({ op: 'add', listId: id, item: 'lifestyle', answers: 'all' })).toThrow(/not a question/);
    expect(() => store.apply({ op: 'add', listId: id, item: 'no-such-code-made-up', answers: 'all' })).toThrow(/no question/);
    expect(() => store.apply({ op: 'add', listId: id, item: '1585860', answers: ['NotAnAnswer'] })).toThrow(/none of the chosen answers/);
  });

  it('renames (keeping names unique), reorders, annotates, chooses answers, removes, deletes; each change is on disk', () => {
    const { store, id } = newStore();
    store.apply({ op: 'create', name: 'Other' });
    for (const item of ['Smoking_100CigsLifetime', 'Smoking_SmokeFrequency', 'Smoking_SeriousQuitAttempt']) store.apply({ op: 'add', listId: id, item, answers: 'all' });
    let s = store.apply({ op: 'rename', listId: id, name: 'other' });
    expect(s.lists.map((l) => l.name)).toEqual(['other (2)', 'Other']);
    const [a, b, c] = s.lists[0]!.entries.map((e) => e.id);
    s = store.apply({ op: 'move', listId: id, entryId: c!, to: 0 });
    expect(s.lists[0]!.entries.map((e) => e.id)).toEqual([c, a, b]);
    s = store.apply({ op: 'move', listId: id, entryId: c!, to: 99 });
    expect(s.lists[0]!.entries.map((e) => e.id)).toEqual([a, b, c]);
    s = store.apply({ op: 'annotate-list', listId: id, note: 'for the paper' });
    s = store.apply({ op: 'choose-answers', listId: id, entryId: b!, answers: ['SmokeFrequency_NotAtAll'] });
    expect(s.lists[0]!.entries[1]!.answers.map((x) => x.code)).toEqual(['SmokeFrequency_NotAtAll']);
    s = store.apply({ op: 'choose-answers', listId: id, entryId: b!, answers: 'all' });
    expect(s.lists[0]!.entries[1]!.allAnswers).toBe(true);
    s = store.apply({ op: 'remove', listId: id, entryId: a! });
    expect(s.count).toBe(2);
    const onDisk = loadListsFile(store.path, { setAside: false });
    expect(onDisk.from).toBe('main');
    expect(onDisk.data.lists).toEqual(s.lists);
    s = store.apply({ op: 'delete', listId: id });
    expect(s.lists.map((l) => l.name)).toEqual(['Other']);
  });

  it('adds to a new list in one step', () => {
    const store = new ListsStore(listsFilePath(tempDir()), db);
    const s = store.apply({ op: 'add', newListName: 'Quick', item: 'Smoking_SmokeFrequency', answers: 'all' });
    expect(s.lists).toHaveLength(1);
    expect(s.lists[0]).toMatchObject({ name: 'Quick', entries: [{ conceptId: 1585860 }] });
  });

  it('a failed action changes nothing, in memory or on disk', () => {
    const { store, id } = newStore();
    store.apply({ op: 'add', listId: id, item: 'Smoking_SmokeFrequency', answers: 'all' });
    const before = readFileSync(store.path, 'utf8');
    expect(() => store.apply({ op: 'remove', listId: id, entryId: 'made-up' })).toThrow(/no entry/);
    expect(() => store.apply({ op: 'rename', listId: 'made-up', name: 'x' })).toThrow(/no list/);
    expect(() => store.apply({ op: 'import', json: '{"format":"something else"}' })).toThrow(/not an exported variable list/);
    expect(() => store.apply({ op: 'import', json: '{' })).toThrow(/not a JSON file/);
    expect(readFileSync(store.path, 'utf8')).toBe(before);
    expect(store.state().count).toBe(1);
  });

  it('a new store reads what the last one saved', () => {
    const { store, id } = newStore();
    store.apply({ op: 'add', listId: id, item: 'Smoking_SmokeFrequency', answers: 'all' });
    expect(new ListsStore(store.path, db).state()).toEqual(store.state());
  });
});
