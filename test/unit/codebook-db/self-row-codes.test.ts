// What the allofus grid's "self" row codes (`…_yes`) are: the code of the one-condition relative
// question the row names ("Including yourself, who in your family has had systemic lupus?"), not of
// the condition's answer the row pairs them with. So no such code may open an answer: where no other
// source gives the code, looking it up finds nothing rather than the wrong item. Read from
// aou_health_history.csv itself.
import { afterAll, describe, expect, it } from 'vitest';
import { showItem } from '../../../electron/services/item-detail';
import { derivedCsvRows } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('the allofus grid\'s "self" row codes', async () => {
  const rows = await derivedCsvRows('allofus:aou_health_history.rda', 'aou_health_history.csv');
  const conditions = new Map<string, Set<string>>();
  for (const r of rows) conditions.set(r.v.concept_id_question!, (conditions.get(r.v.concept_id_question!) ?? new Set()).add(r.v.condition!));
  /** Each code → the one-condition questions its self rows name. */
  const questionsOf = new Map<string, Set<number>>();
  for (const r of rows) {
    if (r.v.relative !== 'self') continue;
    const set = questionsOf.get(r.v.concept_code!.toLowerCase()) ?? new Set<number>();
    if (conditions.get(r.v.concept_id_question!)!.size === 1) set.add(Number(r.v.concept_id_question));
    questionsOf.set(r.v.concept_code!.toLowerCase(), set);
  }
  const items = db.prepare('SELECT kind, concept_id AS id FROM items WHERE code_lower = ?');
  const named = [...questionsOf].filter(([code]) => items.all(code).length > 0);

  it('are, wherever another source gives one, that relative question\'s own code (57 of 57)', () => {
    expect(questionsOf.size).toBe(153);
    expect(named.length).toBe(57);
    const other = named.filter(([code, qs]) => !(items.all(code) as { kind: string; id: number }[]).some((i) => i.kind === 'question' && qs.has(i.id)));
    expect(other).toEqual([]);
    // Lupus: CSV row 14 names question 836822, which the database codes SkeletalMuscularCondition_SystemicLupus_yes.
    expect(questionsOf.get('skeletalmuscularcondition_systemiclupus_yes')).toEqual(new Set([836822]));
    expect(showItem(db, 'skeletalmuscularcondition_systemiclupus_yes')).toMatchObject({ kind: 'question', conceptId: 836822, code: 'SkeletalMuscularCondition_SystemicLupus_yes' });
  });

  it('open no answer, even the one their row pairs them with', () => {
    const answers = [...questionsOf.keys()].filter((code) => showItem(db, code)?.kind === 'answer');
    expect(answers).toEqual([]);
    // CSV row 886: hearingvisioncondition_farsightedness_yes paired with 43528699, PFHH's "Farsighted".
    expect(showItem(db, 'hearingvisioncondition_farsightedness_yes')).toBeNull();
  });
});
