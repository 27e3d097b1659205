import { describe, expect, it } from 'vitest';
import { importC2fSheet } from '../../../codebooks/importers/codebook-to-fhir';
import { fixtureSource, realEntries, realSource } from '../../helpers/sources';

const made = (name: string) => importC2fSheet(fixtureSource(`codebook-to-fhir/${name}`, 'c2f-sheet'));

describe('importC2fSheet on a made-up sheet', () => {
  it('makes the module, one concept per row and options under their questions', async () => {
    const r = await made('made-up-sheet.csv');
    expect(r.modules).toEqual([
      { code: 'FakeModule', name: { en: 'Fake Module' }, slug: null, prov: { source: 'fixture:made-up-sheet.csv', at: 'row 2' } },
    ]);
    const q1 = r.concepts.find((c) => c.code === 'FakeModule_Q1')!;
    expect(q1).toMatchObject({
      kind: 'question',
      module: 'FakeModule',
      parent: { code: 'FakeModule_Topic' },
      topic: 'Fake Topic',
      text: { en: 'Made-up question one, with a comma?' },
      fieldType: 'single',
      order: 3,
      prov: { at: 'row 4' },
    });
    expect(r.concepts.find((c) => c.code === 'FakeModule_Topic')).toMatchObject({ kind: 'topic', parent: { code: 'FakeModule' } });
    expect(r.concepts.find((c) => c.code === 'FakeModule')!.topic).toBeUndefined();
    const q1Options = r.options.filter((o) => o.question.code === 'FakeModule_Q1');
    expect(q1Options.map((o) => [o.answer.code, o.position, o.label?.en])).toEqual([
      ['FakeQ1_Yes', 1, 'Invented yes'],
      ['FakeQ1_No', 2, 'Invented no'],
      ['FakeShared_Unsure', 3, 'Invented unsure'],
    ]);
  });

  it('gives a shared answer one option per question it appears under', async () => {
    const r = await made('made-up-sheet.csv');
    const shared = r.options.filter((o) => o.answer.code === 'FakeShared_Unsure');
    expect(shared.map((o) => [o.question.code, o.position])).toEqual([
      ['FakeModule_Q1', 3],
      ['FakeModule_Q2', 1],
    ]);
  });

  it('notes a repeated row and keeps a contradicting one as a second statement', async () => {
    const r = await made('made-up-sheet.csv');
    expect(r.options.filter((o) => o.answer.code === 'FakeQ2_Maybe')).toHaveLength(1);
    expect(r.concepts.filter((c) => c.code === 'FakeQ2_Maybe').map((c) => c.text?.en)).toEqual(['Invented maybe', 'Invented perhaps']);
    expect(r.notes).toContain('test/fixtures/codebook-to-fhir/made-up-sheet.csv: row 11 repeats row 10 (FakeQ2_Maybe under FakeModule_Q2); skipped');
    expect(r.notes).toContain('test/fixtures/codebook-to-fhir/made-up-sheet.csv: row 12 contradicts row 10 (FakeQ2_Maybe under FakeModule_Q2)');
  });

  it('notes answers under a topic, parents outside the sheet, empty Type, padded codes, unknown answer types', async () => {
    const r = await made('made-up-sheet.csv');
    expect(r.options.some((o) => o.answer.code === 'FakeList_Entry')).toBe(false);
    expect(r.concepts.find((c) => c.code === 'FakeList_Entry')).toMatchObject({ kind: 'answer', parent: { code: 'FakeModule_ListTopic' } });
    const when = r.concepts.find((c) => c.code === 'FakeModule_When')!;
    expect(when).toMatchObject({ kind: null, fieldType: 'date', parent: { code: 'FakeModule_Q1' } });
    expect(r.concepts.find((c) => c.code === 'FakeModule_Count')!.fieldType).toBe('integer');
    expect(r.concepts.find((c) => c.code === 'FakeModule_Q2')!.fieldType).toBe('multiple');
    expect(r.concepts.find((c) => c.code === 'FakeModule_Odd')!.fieldType).toBeUndefined();
    const notes = r.notes.join('\n');
    expect(notes).toMatch(/1 answers sit under a topic or module, not a question \(row 14\)/);
    expect(notes).toMatch(/1 rows name a parent code that is not in this sheet \(row 15\)/);
    expect(notes).toMatch(/1 rows have an empty Type \(row 16\)/);
    expect(notes).toMatch(/1 codes had spaces or line breaks around them, removed \(row 16\)/);
    expect(notes).toMatch(/Answer Type "carrier pigeon" is not a known field type/);
  });

  it('reads a BOM and the published "\\r\\r\\n" line ends with the same rows', async () => {
    const r = await made('made-up-sheet-bom-crlf.csv');
    expect(r.concepts.map((c) => [c.code, c.prov.at])).toEqual([
      ['FakeModule', 'row 2'],
      ['FakeModule_Topic', 'row 3'],
      ['FakeModule_Q1', 'row 4'],
      ['FakeQ1_Yes', 'row 5'],
      ['FakeQ1_No', 'row 6'],
    ]);
    expect(r.concepts[2]!.text?.en).toBe('Made-up question one, with a comma?');
  });

  it('reads the older columns: item ids on questions, LOINC, FHIR and SNOMED codes', async () => {
    const r = await made('made-up-sheet-old.csv');
    const q = r.concepts.find((c) => c.code === 'FakeOld_Q1')!;
    expect(q).toMatchObject({ itemId: 'FAKE1', fieldType: 'boolean' });
    expect(q.externalCodes).toEqual([
      { system: 'LOINC', code: '00000-0', url: 'http://example.org/fake-loinc/00000-0' },
      { system: 'LOINC', code: 'LL0000-0' },
    ]);
    const yes = r.concepts.find((c) => c.code === 'FakeOldQ1_Yes')!;
    expect(yes.itemId).toBeUndefined();
    expect(yes.externalCodes).toEqual([{ system: 'LOINC', code: 'LA0000-0' }]);
    expect(r.concepts.find((c) => c.code === 'FakeOldQ1_Race')!.externalCodes).toEqual([
      { system: 'urn:oid:0.0.0.0', code: '0000-0', url: 'http://example.org/fake-fhir' },
    ]);
    expect(r.concepts.find((c) => c.code === 'FakeOldQ1_Snomed')!.externalCodes).toEqual([
      { system: 'SNOMED CT', code: '000000000', url: 'http://example.org/fake-umls' },
    ]);
  });
});

describe('importC2fSheet on the real sheets', () => {
  it('finds SmokeFrequency_EveryDay as the first answer of Smoking_SmokeFrequency in Lifestyle', async () => {
    const r = await importC2fSheet(await realSource('codebook-to-fhir:Lifestyle.csv'));
    // sheets/Lifestyle.csv line 7: "Do you now smoke cigarettes every day, some days, or not at all?",...,Smoking_SmokeFrequency,Lifestyle_Smoking
    expect(r.concepts.find((c) => c.code === 'Smoking_SmokeFrequency')).toMatchObject({
      kind: 'question',
      module: 'Lifestyle',
      parent: { code: 'Lifestyle_Smoking' },
      text: { en: 'Do you now smoke cigarettes every day, some days, or not at all?' },
      fieldType: 'single',
      prov: { source: 'codebook-to-fhir:Lifestyle.csv', at: 'row 7' },
    });
    // line 8: Every day,Smoking,Answer,,...,SmokeFrequency_EveryDay,Smoking_SmokeFrequency; lines 9 and 10 follow
    expect(r.options.filter((o) => o.question.code === 'Smoking_SmokeFrequency').map((o) => [o.answer.code, o.position, o.prov.at])).toEqual([
      ['SmokeFrequency_EveryDay', 1, 'row 8'],
      ['SmokeFrequency_SomeDays', 2, 'row 9'],
      ['SmokeFrequency_NotAtAll', 3, 'row 10'],
    ]);
    // 156 data rows (1 module, 8 topics, 42 questions, 105 answers), counted with a CSV reader
    expect(r.concepts).toHaveLength(156);
    expect(r.options).toHaveLength(105);
    expect(r.notes).toEqual([]);
  });

  it('reads the v0.3.49 Lifestyle sheet with item ids and LOINC codes', async () => {
    const r = await importC2fSheet(await realSource('codebook-to-fhir@d9dce45:Lifestyle.csv'));
    // _at_v0.3.49_.../sheets/Lifestyle.csv line 7: Smoking_SmokeFrequency, Item ID CU2, LOINC 63582-1, LOINC Category ID LA1354-1
    expect(r.concepts.find((c) => c.code === 'Smoking_SmokeFrequency')).toMatchObject({
      itemId: 'CU2',
      externalCodes: [
        { system: 'LOINC', code: '63582-1', url: 'http://r.details.loinc.org/LOINC/63582-1.html?sections=Comprehensive' },
        { system: 'LOINC', code: 'LA1354-1' },
      ],
    });
    // line 8: SmokeFrequency_EveryDay, LOINC Answer ID LA14799-3
    expect(r.concepts.find((c) => c.code === 'SmokeFrequency_EveryDay')!.externalCodes).toEqual([{ system: 'LOINC', code: 'LA14799-3' }]);
  });

  it('keeps snap module codes as spelled', async () => {
    const r = await importC2fSheet(await realSource('codebook-to-fhir:SNAP_PETS_TYPE_042019.csv'));
    // sheets/SNAP_PETS_TYPE_042019.csv line 2: April Snap Questions 2,Module Name,Module Name,...,SNAP_PETS_TYPE_042019
    expect(r.modules.map((m) => [m.code, m.name?.en])).toEqual([['SNAP_PETS_TYPE_042019', 'April Snap Questions 2']]);
  });

  it('notes the family history answers listed under topics, and the untyped rows of the old Overall Health', async () => {
    const fh = await importC2fSheet(await realSource('codebook-to-fhir:FamilyHistory.csv'));
    // sheets/FamilyHistory.csv line 21: Brain cancer,...,Answer,...,CancerCondition_BrainCancer,DiagnosedHealthCondition_CancerCondition (a Topic)
    expect(fh.notes.join('\n')).toMatch(/65 answers sit under a topic or module, not a question \(rows 21, /);
    expect(fh.options.some((o) => o.answer.code === 'CancerCondition_BrainCancer')).toBe(false);
    const oh = await importC2fSheet(await realSource('codebook-to-fhir@d9dce45:OverallHealth.csv'));
    // _at_v0.3.49_.../sheets/OverallHealth.csv line 127: Date of heart transplant,,,date,...,OrganTransplant_HeartTransplantDate (no Type)
    expect(oh.concepts.find((c) => c.code === 'OrganTransplant_HeartTransplantDate')).toMatchObject({ kind: null, fieldType: 'date' });
  });

  it('imports every sheet in the manifest', async () => {
    const entries = realEntries('c2f-sheet');
    expect(entries.length).toBeGreaterThan(60);
    for (const e of entries) {
      const r = await importC2fSheet(await realSource(e.id));
      expect(r.modules, e.id).toHaveLength(1);
      expect(r.concepts.length, e.id).toBeGreaterThan(2);
    }
  });
});
