// ATLAS concept set export (the expression ATLAS exports and imports: items[].concept{...},
// isExcluded, includeDescendants, includeMapped), and its import back as a variable list.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formToAtlas } from '../../../electron/services/export/atlas';
import { exportList } from '../../../electron/services/export/index';
import { surveyForm } from '../../../electron/services/export/form-survey';
import { ListsStore } from '../../../electron/services/lists/lists-store';
import { openRealDb } from '../../helpers/real-db';
import { sampleContext, sampleList } from '../export/sample-list';
import { moduleQuestions, type DbQuestion } from './db-facts';

const db = openRealDb();
const { store, dir } = sampleList(db);
afterAll(() => (db.close(), rmSync(dir, { recursive: true, force: true })));

const CONCEPT_KEYS = ['CONCEPT_ID', 'CONCEPT_NAME', 'STANDARD_CONCEPT', 'STANDARD_CONCEPT_CAPTION', 'INVALID_REASON', 'INVALID_REASON_CAPTION', 'CONCEPT_CODE', 'DOMAIN_ID', 'VOCABULARY_ID', 'CONCEPT_CLASS_ID'];

describe('ATLAS concept set of a survey', () => {
  for (const slug of ['lifestyle', 'overall-health', 'sdoh']) {
    it(`${slug}: one item per question concept ID, in order, with the codebook's code and name`, () => {
      const doc = JSON.parse(formToAtlas(surveyForm(db, slug)));
      expect(Object.keys(doc)).toEqual(['items']);
      const facts = moduleQuestions(db, slug).filter((f) => f.conceptId != null);
      const ids = [...new Set(facts.map((f) => f.conceptId))];
      // In outline order (follow-ups under their question): the same IDs as the module's, each once.
      const got = doc.items.map((i: { concept: { CONCEPT_ID: number } }) => i.concept.CONCEPT_ID);
      expect(got).toHaveLength(ids.length);
      expect([...got].sort()).toEqual([...ids].sort());
      expect(got[0]).toBe(ids[0]);
      for (const [n, item] of doc.items.entries()) {
        const f = facts.find((x) => x.conceptId === item.concept.CONCEPT_ID)!;
        expect(Object.keys(item.concept)).toEqual(CONCEPT_KEYS);
        expect(item).toMatchObject({ isExcluded: false, includeDescendants: false, includeMapped: false });
        expect(item.concept, `item ${n}`).toMatchObject({ CONCEPT_CODE: f.code ?? '', CONCEPT_NAME: f.en ?? f.code ?? String(f.conceptId), VOCABULARY_ID: 'PPI', DOMAIN_ID: 'Observation', CONCEPT_CLASS_ID: 'Question' });
      }
    });
  }
});

describe('ATLAS concept set of a variable list, imported back as a list', () => {
  it('keeps every question, and which answers were chosen', async () => {
    // Per survey: one question with all answers, one with some answers (that have concept IDs) chosen.
    const listId = store.apply({ op: 'create', name: 'ATLAS round trip' }).lists.find((l) => l.name === 'ATLAS round trip')!.id;
    const pickable = (q: DbQuestion) => q.answers.filter((a) => a.conceptId != null && a.code && !a.code.startsWith('PMI_')).slice(0, 2);
    let chosenCount = 0;
    for (const slug of ['basics', 'lifestyle', 'overall-health', 'cope']) {
      const qs = moduleQuestions(db, slug).filter((q) => q.conceptId != null && q.code);
      const whole = qs.find((q) => q.answers.length > 0)!;
      const partial = qs.find((q) => q !== whole && pickable(q).length > 0 && pickable(q).length < q.answers.length)!;
      store.apply({ op: 'add', listId, item: whole.code!, answers: 'all' });
      store.apply({ op: 'add', listId, item: partial.code!, answers: pickable(partial).map((a) => a.code!) });
      chosenCount += pickable(partial).length;
    }
    const list = store.list(listId);
    expect(list.entries).toHaveLength(8);
    const file = await exportList(list, 'atlas', sampleContext(db), db);
    expect(file.filename).toBe('ATLAS-round-trip-atlas-concept-set.json');
    const doc = JSON.parse(file.content);
    const answerItems = doc.items.filter((i: { concept: { CONCEPT_CLASS_ID: string } }) => i.concept.CONCEPT_CLASS_ID === 'Answer');
    expect(answerItems).toHaveLength(chosenCount);
    const state = store.apply({ op: 'import', json: file.content, fileName: 'Smoking concept set.json' });
    const back = state.lists.find((l) => l.name === 'Smoking concept set')!;
    const shape = (l: typeof list) => l.entries.map((e) => ({ code: e.code, conceptId: e.conceptId, all: e.allAnswers, answers: e.answers.map((a) => [a.code, a.conceptId]) }));
    expect(shape(back)).toEqual(shape(list));
  });

  it('imports a survey set as every question with all its answers', () => {
    const json = formToAtlas(surveyForm(db, 'overall-health'));
    const back = store.apply({ op: 'import', json, fileName: 'overall.json' }).lists.find((l) => l.name === 'overall')!;
    const ids = [...new Set(moduleQuestions(db, 'overall-health').map((f) => f.conceptId).filter((x) => x != null))];
    expect(back.entries.map((e) => e.conceptId).sort()).toEqual([...ids].sort());
    expect(back.entries.every((e) => e.allAnswers)).toBe(true);
  });

  it('names the item a concept the codebook does not know, and changes nothing', () => {
    const before = store.state().lists.length;
    const json = JSON.stringify({ items: [{ concept: { CONCEPT_ID: 1585857 }, isExcluded: false }, { concept: { CONCEPT_ID: 1 }, isExcluded: false }] });
    expect(() => store.apply({ op: 'import', json })).toThrow('items[1].concept.CONCEPT_ID: 1 is not a PPI question or answer of the codebook');
    expect(() => store.apply({ op: 'import', json: '{"items":[{"concept":{"CONCEPT_ID":"x"}}]}' })).toThrow(/items\.0\.concept\.CONCEPT_ID/);
    expect(store.state().lists.length).toBe(before);
  });
});
