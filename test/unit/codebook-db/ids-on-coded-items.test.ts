// IDs a raw file gives a coded item land on that item, read back from the raw files
// independently of the importers:
// - Lifestyle 1585855.pdf (pdftotext) prints the answers of "PPI1585636." flush with the question
//   ("PPI1585637. Marijuana (...)", page 4) and the prescription-stimulant question "PPI1585662."
//   (page 5): no code-less item holds these IDs, and the Data Browser's branching rules point at
//   the coded answers.
// - One ID, several items: the allofus codebook (aou_codebook.csv rows 33-38) gives 903573-903578
//   to disability_deaf ... which the Data Browser gives to the LOINC-coded twins (69856-3 ...);
//   question_concept.csv gives three PMH follow-ups the IDs of shortened codes. Each keeps its ID.
import { afterAll, describe, expect, it } from 'vitest';
import { showItems } from '../../../electron/services/item-detail';
import { csvRows, derivedCsvRows } from '../../facts/raw';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const loose = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The "PPI<id>. <text>" rows of a page, wrapped lines joined (same indent, no ID). */
async function printedRows(page: number) {
  const lines = pdfPages((await realSource('pdf:1585855.pdf')).path, 'layout')[page - 1]!;
  const rows: { id: number; text: string }[] = [];
  for (const l of lines) {
    const m = /^(?:o\s+|[\uf0a7\uf0b7]\s*)?PPI(\d{7,8})\.\s*(.*)$/.exec(l.text);
    if (m) rows.push({ id: Number(m[1]), text: m[2]! });
    else if (rows.length && !/^(Branching|o\s|[\uf0a7\uf0b7])/i.test(l.text)) rows[rows.length - 1]!.text += ` ${l.text}`;
  }
  return rows;
}

const itemsWithId = (id: number) => db.prepare('SELECT id, code FROM items WHERE concept_id = ? ORDER BY id').all(id) as { id: number; code: string | null }[];
const optionsOf = (questionCode: string) =>
  db
    .prepare(`SELECT a.code, a.concept_id AS id, COALESCE(o.label_en, a.text_en) AS label FROM options o JOIN items a ON a.id = o.answer_id JOIN items q ON q.id = o.question_id WHERE q.code = ? ORDER BY o.position`)
    .all(questionCode) as { code: string | null; id: number | null; label: string | null }[];

describe('Lifestyle 1585855.pdf: printed IDs on the coded answers', () => {
  it('page 4: the ten substances listed flush under "PPI1585636." are the WhichDrugsUsed_* answers', async () => {
    const rows = await printedRows(4);
    const q = rows.findIndex((r) => r.id === 1585636);
    expect(rows[q]!.text).toMatch(/^In your LIFETIME, which of the following substances have you ever used\?/);
    const listed = rows.slice(q + 1, q + 11);
    expect(listed.map((r) => r.id)).toEqual([1585637, 1585638, 1585639, 1585640, 1585641, 1585642, 1585643, 1585644, 1585645, 1585646]);
    const options = optionsOf('RecreationalDrugUse_WhichDrugsUsed');
    for (const r of listed) {
      const o = options.find((x) => x.id === r.id);
      expect(o, `PPI${r.id}. ${r.text}`).toBeDefined();
      // "Other (Specify)" is the answer labelled "other".
      expect(loose(r.text).startsWith(loose(o!.label!)), `PPI${r.id}. ${r.text} / ${o!.label}`).toBe(true);
      expect(itemsWithId(r.id).map((i) => i.code)).toEqual([o!.code]);
    }
    expect(options.filter((o) => o.id === 1585637 || o.id === 1585646).map((o) => o.code)).toEqual(['WhichDrugsUsed_MarijuanaUse', 'WhichDrugsUsed_OtherSpecify']);
  });

  it('the Data Browser rule "cocaine follow-up shown when 1585638" points at WhichDrugsUsed_CocaineUse', () => {
    const rules = db
      .prepare(`SELECT b.answer_ids AS answers, b.source FROM branching b JOIN items c ON c.id = b.child_id WHERE c.code = 'Past3MonthUseFrequency_Cocaine3MonthUse' AND b.source LIKE 'data-browser%'`)
      .all() as { answers: string; source: string }[];
    const cocaine = itemsWithId(1585638);
    expect(cocaine.map((i) => i.code)).toEqual(['WhichDrugsUsed_CocaineUse']);
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) expect(JSON.parse(r.answers), r.source).toEqual([cocaine[0]!.id]);
  });

  it('page 5: "PPI1585662." prescription stimulants and its five answers are the coded question and answers', async () => {
    const rows = await printedRows(5);
    const q = rows.findIndex((r) => r.id === 1585662);
    expect(loose(rows[q]!.text)).toBe(loose('In the PAST THREE MONTHS, how often have you used prescription stimulants for non- medical reasons (Vyvanse, Ritalin, Concerta, Dexedrine, Adderall, diet pills, etc.)'));
    expect(itemsWithId(1585662).map((i) => i.code)).toEqual(['Past3MonthUseFrequency_PrescriptionStimulant3MonthUse']);
    const answers = rows.slice(q + 1, q + 6);
    expect(answers.map((r) => [r.id, r.text])).toEqual([
      [1585663, 'Never'],
      [1585664, 'Once or twice'],
      [1585665, 'Monthly'],
      [1585666, 'Weekly'],
      [1585667, 'Daily or almost daily'],
    ]);
    const options = optionsOf('Past3MonthUseFrequency_PrescriptionStimulant3MonthUse');
    for (const r of answers) expect(options.filter((o) => o.id === r.id).map((o) => loose(o.label!)), `PPI${r.id}`).toEqual([loose(r.text)]);
    for (const r of answers) expect(itemsWithId(r.id).every((i) => i.code), `PPI${r.id} on a code-less item`).toBe(true);
  });
});

describe('one ID given to several codes by the raw files: each code keeps it', () => {
  it('aou_codebook.csv rows 33-38: disability_deaf ... keep 903573-903578, shared with the LOINC-coded twins', async () => {
    const rows = (await derivedCsvRows('allofus:aou_codebook.rda', 'aou_codebook.csv')).filter((r) => r.row >= 33 && r.row <= 38);
    expect(rows.map((r) => [r.v.concept_code, Number(r.v.concept_id)])).toEqual([
      ['disability_deaf', 903573],
      ['disability_blind', 903574],
      ['disability_difficultyconcentrating', 903575],
      ['disability_walkingclimbing', 903576],
      ['disability_dressingbathing', 903577],
      ['disability_errandsalone', 903578],
    ]);
    for (const { v } of rows) {
      const codes = itemsWithId(Number(v.concept_id)).map((i) => i.code?.toLowerCase());
      expect(codes, v.concept_code).toContain(v.concept_code);
      expect(codes.some((c) => /^\d+-\d$/.test(c ?? '')), `${v.concept_id}: LOINC twin`).toBe(true);
      // `show 903573` lists both.
      expect(showItems(db, v.concept_id!).map((d) => d.code?.toLowerCase())).toContain(v.concept_code);
    }
  });

  it('question_concept.csv rows 198, 263, 915: the PMH follow-ups keep their IDs', async () => {
    const rows = (await csvRows('data-browser:question_concept.csv')).filter((r) => [198, 263, 915].includes(r.row));
    expect(rows.map((r) => [r.v.concept_code, Number(r.v.concept_id)])).toEqual([
      ['MentalHealthCondition_OtherHowOld', 1384425],
      ['MentalHealth_OtherConditionCurrently', 1384539],
      ['MentalHealth_HowOldWereYouBipolar', 43530515],
    ]);
    for (const { v } of rows) {
      const got = db.prepare('SELECT concept_id AS id FROM items WHERE code = ?').all(v.concept_code) as { id: number | null }[];
      expect(got, v.concept_code).toEqual([{ id: Number(v.concept_id) }]);
    }
  });
});
