// The answers table's groups: each set of releases whose lists hold the answers apart, the newest
// first. On the real database (a PFHH question whose 2018 Personal Medical History list is coded,
// its PFHH list by concept ID) and on made-up releases for the ordering rules.
import { afterAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../electron/contract/models';
import type { ItemRelease } from '../../../electron/contract/releases';
import { showItem } from '../../../electron/services/item-detail';
import { releaseScope } from '../../../electron/services/releases/scope';
import { answerGroups } from '../../../renderer/src/features/detail/answer-groups';
import { csvRows } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

const made = (module: string, id: string): ItemRelease => ({ module, id, label: id, date: null, status: 'in', text: { en: null, es: null }, sources: [] });
const answer = (code: string, releases?: string[]): Answer => ({ code, conceptId: null, standardConceptId: null, text: { en: code, es: null }, releases });

describe('answer groups', () => {
  it('keeps one list when every answer\'s newest release is the same (or none says)', () => {
    const rs = [made('m', 'm-1'), made('m', 'm-2')];
    const answers = [answer('fake_a', ['m-1', 'm-2']), answer('fake_b', ['m-2'])];
    expect(answerGroups(answers, rs)).toEqual([{ release: null, latest: true, answers }]);
    expect(answerGroups([answer('fake_c')], rs)).toHaveLength(1);
  });

  it('groups by each answer\'s newest release, module by module, unlisted answers last', () => {
    const rs = [made('cur', 'cur-1'), made('cur', 'cur-2'), made('old', 'old-1'), made('old', 'old-2')];
    const answers = [answer('fake_old', ['old-1', 'old-2']), answer('fake_none', []), answer('fake_cur1', ['cur-1']), answer('fake_both', ['cur-2', 'old-2']), answer('fake_gone', ['nowhere'])];
    const groups = answerGroups(answers, rs);
    expect(groups.map((g) => [g.release?.id ?? null, g.latest])).toEqual([['cur-2', true], ['cur-1', false], ['old-2', false], [null, false]]);
    expect(groups.map((g) => g.answers.map((a) => a.code))).toEqual([['fake_both'], ['fake_cur1'], ['fake_old'], ['fake_none', 'fake_gone']]);
  });

  it('shows a PFHH question\'s list and its 2018 list apart, PFHH first', async () => {
    const item = showItem(db, 'Digestive_HowOldWereYouColonPolyps')!;
    // pfhh_qa_metadata.csv: the answers Data Browser lists under question 43530475 (PFHH).
    const pfhh = (await csvRows('data-browser:pfhh_qa_metadata.csv')).filter((r) => r.v.question_concept_id === String(item.conceptId)).map((r) => Number(r.v.answer_concept_id));
    // PersonalMedicalHistory.csv (codebook-to-fhir): the 2018 answers' codes under the question's code.
    const pmh = (await csvRows('codebook-to-fhir:PersonalMedicalHistory.csv')).filter((r) => r.v['Parent code'] === item.code && r.v.Type === 'Answer').map((r) => r.v['PMI Code']);
    expect(pfhh.length).toBeGreaterThan(4);
    expect(pmh.length).toBe(5);
    const groups = answerGroups(item.answers, item.releases!);
    expect(groups.map((g) => [g.release!.id, g.latest])).toEqual([['pfhh-current', true], ['pmh-q689', false]]);
    expect(groups[0]!.answers.map((a) => a.conceptId).sort()).toEqual([...pfhh].sort());
    expect(groups[1]!.answers.map((a) => a.code)).toEqual(pmh);
    expect(groups[1]!.answers.every((a) => a.conceptId === null)).toBe(true);
    // In the order the PFHH PDF prints them (the release's printed answers), not pfhh_qa's row order;
    // "PMI: Skip", which no form offers, last.
    const release = db.prepare("SELECT module_id FROM releases WHERE id = 'pfhh-current'").pluck().get() as number;
    const question = db.prepare('SELECT id FROM items WHERE concept_id = ?').pluck().get(item.conceptId) as number;
    const printed = releaseScope(db, release, 'pfhh-current')!.texts.get(question)!.answers.en!;
    expect(printed).toHaveLength(5);
    expect(groups[0]!.answers.map((a) => a.text.en)).toEqual([...printed, 'PMI: Skip']);
  });

  it('lists one release\'s answers in the printed order, not the Data Browser\'s rows\'', () => {
    // pfhh_qa_metadata.csv lists sickle cell disease's relatives Daughter, Son, Self, …; the PFHH PDF prints Self first.
    const item = showItem(db, 'CirculatoryCondition_SickleCellDisease_yes')!;
    expect(answerGroups(item.answers, item.releases!)).toHaveLength(1);
    const release = db.prepare("SELECT module_id FROM releases WHERE id = 'pfhh-current'").pluck().get() as number;
    const question = db.prepare("SELECT id FROM items WHERE code = 'CirculatoryCondition_SickleCellDisease_yes'").pluck().get() as number;
    const printed = releaseScope(db, release, 'pfhh-current')!.texts.get(question)!.answers.en!;
    expect(printed[0]).toBe('Self');
    expect(item.answers.map((a) => a.text.en)).toEqual([...printed, 'PMI: Skip']);
  });

  it('keeps a release\'s list whole where some of its answers are also in older lists', () => {
    // FamilyMedicalHistoryAware: A lot, Some, None at all in PFHH and the retired FHH; PMI: Skip in PFHH only.
    const item = showItem(db, 'FamilyHistory_FamilyMedicalHistoryAware')!;
    const groups = answerGroups(item.answers, item.releases!);
    expect(groups[0]!.release!.id).toBe('pfhh-current');
    expect(groups.filter((g) => g.release?.id === 'pfhh-current')).toHaveLength(1);
    expect(item.answers.slice(0, groups[0]!.answers.length)).toEqual(groups[0]!.answers);
  });
});
