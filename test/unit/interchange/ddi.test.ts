// DDI-Codebook 2.5 export, validated by xmllint against the published DDI-Codebook 2.5.1 schema
// (../shared/standards/ddi-codebook-2.5.1, offline), and read back with XPath for exact values.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formToDdi } from '../../../electron/services/export/ddi';
import { listForm } from '../../../electron/services/export/form-list';
import { surveyForm } from '../../../electron/services/export/form-survey';
import { openRealDb } from '../../helpers/real-db';
import { sampleContext, sampleList } from '../export/sample-list';
import { instrumentNames, moduleQuestions, TEST_SURVEYS } from './db-facts';
import { DDI_SCHEMA, hasXmllint, xmllint } from './standards';

const db = openRealDb();
const dir = mkdtempSync(join(tmpdir(), 'ppi-ddi-'));
afterAll(() => (db.close(), rmSync(dir, { recursive: true, force: true })));

const skip = !hasXmllint ? 'xmllint is not installed (Debian: apt-get install libxml2-utils)' : !DDI_SCHEMA ? 'no ../shared/standards (set PPI_STANDARDS_DIR)' : null;
if (skip) console.warn(`DDI tests skipped: ${skip}`);

function write(name: string, xml: string): string {
  const path = join(dir, name);
  writeFileSync(path, xml);
  return path;
}
const V = (name: string) => `//*[local-name()='var'][@name='${name}']`;
const xpath = (file: string, expr: string) => xmllint('--xpath', expr, file).stdout.replace(/\n$/, '');

describe.skipIf(!!skip)('DDI-Codebook 2.5 export', () => {
  for (const slug of TEST_SURVEYS) {
    it(`${slug}: validates against the 2.5.1 schema; texts, categories, IDs and sources are the codebook's`, () => {
      const file = write(`${slug}.xml`, formToDdi(surveyForm(db, slug), sampleContext(db)));
      const r = xmllint('--noout', '--schema', DDI_SCHEMA!, file);
      expect(r.stderr).toContain('validates');
      expect(r.code).toBe(0);
      const facts = moduleQuestions(db, slug);
      expect(xpath(file, "count(//*[local-name()='var'])")).toBe(String(facts.length));
      // Three questions spread over the survey, each checked field by field.
      for (const f of [facts[0]!, facts[Math.floor(facts.length / 2)]!, facts[facts.length - 1]!].filter((x) => x.code)) {
        const v = V(f.code!);
        if (f.en) expect(xpath(file, `string(${v}/*[local-name()='qstn']/*[local-name()='qstnLit'][@xml:lang='en'])`)).toBe(f.en);
        if (f.es) expect(xpath(file, `string(${v}/*[local-name()='qstn']/*[local-name()='qstnLit'][@xml:lang='es'])`)).toBe(f.es);
        if (f.conceptId) expect(xpath(file, `string(${v}/*[local-name()='concept'][@vocab='OMOP concept ID'])`)).toBe(String(f.conceptId));
        expect(xpath(file, `count(${v}/*[local-name()='catgry'])`)).toBe(String(f.answers.length));
        f.answers.forEach((a, i) => {
          const c = `${v}/*[local-name()='catgry'][${i + 1}]`;
          expect(xpath(file, `string(${c}/*[local-name()='catValu'])`)).toBe(a.code ?? String(a.conceptId));
          if (a.es) expect(xpath(file, `string(${c}/*[local-name()='labl'][@xml:lang='es'])`)).toBe(a.es);
          if (a.conceptId) expect(xpath(file, `string(${c}/*[local-name()='txt'])`)).toContain(`PPI concept ID ${a.conceptId}`);
        });
        for (const n of instrumentNames(db, f.id)) expect(xpath(file, `${v}/*[local-name()='notes'][@type='source instrument']`)).toContain(n);
      }
    });
  }

  it('a survey with Spanish text carries it for most questions (The Basics)', () => {
    const file = write('basics-es.xml', formToDdi(surveyForm(db, 'basics'), sampleContext(db)));
    const withEs = moduleQuestions(db, 'basics').filter((f) => f.es).length;
    expect(withEs).toBeGreaterThan(50);
    expect(xpath(file, "count(//*[local-name()='qstnLit'][@xml:lang='es'])")).toBe(String(withEs));
  });

  it('a variable list validates too, with its questions in order', () => {
    const { list, dir: listDir } = sampleList(db);
    const file = write('list.xml', formToDdi(listForm(db, list), sampleContext(db)));
    rmSync(listDir, { recursive: true, force: true });
    expect(xmllint('--noout', '--schema', DDI_SCHEMA!, file).code).toBe(0);
    expect(xpath(file, "//*[local-name()='var']/@name")).toBe(list.entries.map((e) => ` name="${e.code}"`).join('\n'));
  });
});
