import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../../codebooks/errors';
import { importAllofusRda } from '../../../codebooks/importers/allofus-rda';
import type { ManifestEntry } from '../../../codebooks/sources/manifest';
import type { SourceFile } from '../../../codebooks/importers/types';
import { madeUpCodebook } from '../../helpers/allofus-made-up';
import { chr, dataFrame, dbl, gzipRda, rdaBytes, type WValue } from '../../helpers/rda-writer';
import { fixtureSource, realSource } from '../../helpers/sources';
import { derivedCsvRows } from '../../facts/raw';

const dir = mkdtempSync(join(tmpdir(), 'made-up-allofus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A made-up table saved (gzip) to a temporary file and presented as an allofus-rda source. */
function madeUp(name: string, objects: [string, WValue][]): SourceFile {
  const path = join(dir, `made-up-${name}.rda`);
  writeFileSync(path, gzipRda(objects));
  const entry = { id: `fixture:made-up-${name}.rda`, local: `made-up-${name}.rda`, format: 'allofus-rda' } as ManifestEntry;
  return { entry, path, name: `made-up-${name}.rda` };
}

async function fails(file: SourceFile, row: RegExp, field: string, problem: RegExp): Promise<void> {
  const error = await Promise.resolve()
    .then(() => importAllofusRda(file))
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SourceError);
  const message = (error as SourceError).message;
  expect(message.startsWith(`${file.name}: `)).toBe(true);
  expect(String((error as SourceError).row)).toMatch(row);
  expect(message).toContain(`field "${field}`); // a prefix: object paths go on, e.g. aou_codebook[[3]][12]
  expect(message).toMatch(problem);
}

describe('allofus .rda importer on made-up tables', () => {
  it('reads questions, REDCap choices as answers and options, COPE editions as versions', async () => {
    const r = await importAllofusRda(fixtureSource('allofus-rda/made-up-aou_codebook.rda', 'allofus-rda'));
    const q1 = r.concepts.find((c) => c.code === 'fakemodule_q1')!;
    expect(q1).toMatchObject({ conceptId: 900000001, kind: 'question', module: 'COPE', fieldType: 'single', order: 1, text: { en: 'Fake question one?' } });
    expect(q1.prov.at).toBe('row 1');
    expect(r.concepts.find((c) => c.code === 'fakemodule_q2')).toMatchObject({ fieldType: 'text', standardConceptId: 900000002 });
    expect(r.concepts.find((c) => c.code === 'fakemodule_q4')).toMatchObject({ conceptId: null, module: null, fieldType: 'multiple' });
    expect(r.options.filter((o) => o.question.code === 'fakemodule_q1').map((o) => [o.answer.code, o.position, o.label?.en])).toEqual([
      ['FakeQ1_Yes', 1, 'Yes'],
      ['FakeQ1_No', 2, 'No, not really'],
    ]);
    expect(r.concepts.find((c) => c.code === 'FakeQ1_No')).toMatchObject({ kind: 'answer', parent: { code: 'fakemodule_q1', conceptId: 900000001 } });
    // The slider's "choices" label the scale; they are not options.
    expect(r.options.some((o) => o.question.code === 'fakemodule_q3')).toBe(false);
    expect(r.versions).toMatchObject([{ module: 'COPE', version: 'Fakember', label: 'COPE (Fakember)' }]);
    expect(r.versions[0]!.questions.map((q) => q.ref.code)).toEqual(['fakemodule_q1', 'fakemodule_q2']);
    expect(r.notes.join('\n')).toMatch(/form names no module alias matches: Fake Module/);
  });

  it('reads the health history grid and the concept codes', async () => {
    const hh = await importAllofusRda(
      madeUp('aou_health_history', [
        [
          'aou_health_history',
          dataFrame({
            question: chr(['Fake who had fakeitis?', 'Fake who had fakeitis?']),
            category: chr(['fake conditions', 'fake conditions']),
            concept_code: chr(['motherfakecondition_fakeitis', 'fakecondition_fakeitis_yes']),
            concept_id_specific: dbl([900000101, 900000102]),
            concept_id_overall: dbl([900000100, 900000100]),
            concept_id_question: dbl([900000099, 900000099]),
            concept_id_rx_meds: dbl([null, 900000103]),
            concept_code_rx_meds: chr([null, 'fake_rxmedsforfakeitis']),
            form_name: chr([null, 'Personal and Family Health History']),
          }),
        ],
      ]),
    );
    expect(hh.options.map((o) => [o.question.conceptId, o.answer.code, o.answer.conceptId, o.position])).toEqual([
      [900000099, 'motherfakecondition_fakeitis', 900000101, 1],
      [900000099, 'fakecondition_fakeitis_yes', 900000102, 2],
    ]);
    expect(hh.concepts.find((c) => c.conceptId === 900000099)).toMatchObject({ kind: 'question', text: { en: 'Fake who had fakeitis?' }, topic: 'fake conditions' });
    expect(hh.concepts.find((c) => c.code === 'fake_rxmedsforfakeitis')).toMatchObject({ conceptId: 900000103, kind: 'question', module: 'Personal and Family Health History' });
    expect(hh.meta).toContainEqual(expect.objectContaining({ key: 'health-history-category:fake conditions', value: '900000100' }));

    const cc = await importAllofusRda(
      madeUp('aou_concept_codes', [['aou_concept_codes', dataFrame({ code: chr(['FakeCode_1', 'FakeCode_1', 'FakeCode_1']), answer: chr(['Fake A', 'Fake A', 'Fake B']) })]]),
    );
    expect(cc.concepts.map((c) => [c.code, c.text?.en, c.prov.at])).toEqual([
      ['FakeCode_1', 'Fake A', 'row 1'],
      ['FakeCode_1', 'Fake B', 'row 3'],
    ]);
    expect(cc.notes.join('\n')).toMatch(/FakeCode_1/);
  });
});

describe('allofus .rda importer on malformed tables', () => {
  it('an answer list whose question code is missing', () =>
    fails(madeUp('no-question', madeUpCodebook({ concept_code: chr(['fakemodule_q1', null, 'fakemodule_q3', 'fakemodule_q4']) })), /aou_codebook row 2/, 'concept_code', /names no question/));
  it('choices that are not "code, label"', () =>
    fails(madeUp('bad-choice', madeUpCodebook({ choices: chr(['FakeQ1_Yes Yes', null, null, null]) })), /aou_codebook row 1/, 'choices', /not "code, label"/));
  it('an answer code listed twice in one question', () =>
    fails(madeUp('dup-choice', madeUpCodebook({ choices: chr(['FakeQ1_Yes, Yes | FakeQ1_Yes, Again', null, null, null]) })), /aou_codebook row 1/, 'choices', /listed twice/));
  it('a concept id that is not a whole number', () =>
    fails(madeUp('bad-id', madeUpCodebook({ concept_id: chr(['FakeId', '1', '2', '3']) })), /aou_codebook row 1/, 'concept_id', /not a whole number/));
  it('a health history answer with no question concept', () =>
    fails(
      madeUp('hh-no-question', [
        ['aou_health_history', dataFrame({ question: chr(['Fake?']), category: chr([null]), concept_code: chr(['fakecondition_x']), concept_id_specific: dbl([1]), concept_id_overall: dbl([null]), concept_id_question: dbl([null]), form_name: chr([null]) })],
      ]),
      /aou_health_history row 1/,
      'concept_id_question',
      /names no question/,
    ));
  it('a table lacking a column (wrong header)', () =>
    fails(madeUp('no-column', [['aou_concept_codes', dataFrame({ code: chr(['FakeCode_1']), fake_text: chr(['Fake']) })]]), /object aou_concept_codes/, 'answer', /lacks this column/));
  it('a file holding none of the package tables', () =>
    fails(madeUp('other', [['fake_table', dataFrame({ a: chr(['Fake']) })]]), /null/, 'objects', /holds none of/));
  it('a truncated .rda names the byte and the object', async () => {
    const path = join(dir, 'made-up-truncated.rda');
    const bytes = rdaBytes(madeUpCodebook());
    writeFileSync(path, gzipSync(bytes.subarray(0, bytes.length - 200)));
    const file = { entry: { id: 'fixture:made-up-truncated.rda' } as ManifestEntry, path, name: 'made-up-truncated.rda' };
    await fails(file, /^byte \d+ of the decompressed data$/, 'aou_codebook<attributes>$names', /truncated/);
  });
});

describe('allofus .rda importer on the package files', () => {
  it('aou_codebook: 702 questions, their choices as options', async () => {
    const r = await importAllofusRda(await realSource('allofus:aou_codebook.rda'));
    expect(r.concepts.filter((c) => c.kind === 'question')).toHaveLength(702);
    // aou_codebook row 1 (_derived_csv/aou_codebook.csv line 2).
    expect(r.concepts[0]).toMatchObject({ code: 'thebasics_birthplace', conceptId: 1586135, kind: 'question', module: 'The Basics', fieldType: 'single', order: 1, text: { en: 'In what country were you born?' } });
    // _derived_csv/aou_codebook.csv line 82: smoking_smokefrequency, 1585860, Lifestyle, five choices.
    const smoke = r.concepts.find((c) => c.code === 'smoking_smokefrequency')!;
    expect(smoke).toMatchObject({ conceptId: 1585860, module: 'Lifestyle', text: { en: 'Do you now smoke cigarettes every day, some days, or not at all?' } });
    const opts = r.options.filter((o) => o.question.code === 'smoking_smokefrequency' && o.prov.at === `${smoke.prov.at} choices`);
    expect(opts.map((o) => [o.answer.code, o.label?.en])).toEqual([
      ['SmokeFrequency_EveryDay', 'Every day'],
      ['SmokeFrequency_SomeDays', 'Some days'],
      ['SmokeFrequency_NotAtAll', 'Not at all'],
      ['PMI_DontKnow', "Don't know"],
      ['PMI_PreferNotToAnswer', 'Prefer not to answer'],
    ]);
    // form_name "COPE (Nov)" has 49 rows (counted in the file).
    expect(r.versions.find((v) => v.version === 'Nov')).toMatchObject({ module: 'COPE', label: 'COPE (Nov)' });
    expect(r.versions.find((v) => v.version === 'Nov')!.questions).toHaveLength(49);
  });

  it('aou_health_history: answers of the condition grid with their question ids', async () => {
    const r = await importAllofusRda(await realSource('allofus:aou_health_history.rda'));
    // aou_health_history row 1 (_derived_csv line 2): grandparent systemic lupus under question 836822.
    expect(r.options[0]).toMatchObject({ question: { conceptId: 836822 }, answer: { code: 'grandparentskeletalmuscularcondition_systemiclupus', conceptId: 702784 } });
    // _derived_csv/aou_health_history.csv line 14: self lupus follow-up rx meds question 43528881.
    expect(r.concepts.find((c) => c.code === 'skeletalmuscular_rxmedsforlupus')).toMatchObject({ conceptId: 43528881, kind: 'question' });
    // Every code of the file is an answer record but a "self" row's: that one is only an option,
    // its ID to be confirmed; under a category question (several conditions) it is left out unconfirmed.
    const rows = (await derivedCsvRows('allofus:aou_health_history.rda', 'aou_health_history.csv')).map((x) => x.v);
    const relatives = new Map<string, Set<string>>();
    const conditions = new Map<string, Set<string>>();
    for (const x of rows) {
      relatives.set(x.concept_id_question!, (relatives.get(x.concept_id_question!) ?? new Set()).add(x.relative!));
      conditions.set(x.concept_id_question!, (conditions.get(x.concept_id_question!) ?? new Set()).add(x.condition!));
    }
    const selfOfRelatives = (x: Record<string, string>) => x.relative === 'self' && relatives.get(x.concept_id_question!)!.size > 1 && conditions.get(x.concept_id_question!)!.size === 1;
    expect(new Set(r.concepts.filter((c) => c.kind === 'answer').map((c) => c.code))).toEqual(new Set(rows.filter((x) => x.relative !== 'self').map((x) => x.concept_code)));
    const self = rows.find(selfOfRelatives)!;
    const selfOption = r.options.find((o) => o.question.conceptId === Number(self.concept_id_question) && o.answer.code === self.concept_code);
    expect(selfOption).toMatchObject({ answer: { conceptId: null }, answerIdToConfirm: Number(self.concept_id_specific) });
    expect(selfOption!.dropUnconfirmed).toBeUndefined();
    const category = rows.find((x) => x.relative === 'self' && !selfOfRelatives(x))!;
    expect(r.options.find((o) => o.question.conceptId === Number(category.concept_id_question) && o.answer.code === category.concept_code)).toMatchObject({ answerIdToConfirm: Number(category.concept_id_specific), dropUnconfirmed: true });
  });

  it('aou_concept_codes: code to text', async () => {
    const r = await importAllofusRda(await realSource('allofus:aou_concept_codes.rda'));
    // _derived_csv/aou_concept_codes.csv line 2.
    expect(r.concepts[0]).toMatchObject({ code: 'SDOH_1', kind: 'answer', text: { en: 'Strongly agree' }, prov: { at: 'row 1' } });
    expect(r.concepts).toHaveLength(196);
  });
});
