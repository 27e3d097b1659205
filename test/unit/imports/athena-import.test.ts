// The Athena importer on the made-up folder: every row stored, versions, indexes, and each kind
// of malformed input named by file, line and column.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAthena } from '../../../electron/services/imports/athena/import-athena';
import { ImportedData } from '../../../electron/services/imports/imported-data';
import { noHooks } from '../../../electron/services/imports/progress';
import { runImport } from '../../../electron/services/imports/run-import';
import { searchImports } from '../../../electron/services/imports/search-imports';
import { importPath } from '../../../electron/services/imports/store';
import { useTempDirs } from '../lists/helpers/temp-dir';
import { brokenCopy, MADE_UP_ATHENA } from './made-up-athena';

const temp = useTempDirs();

describe('Athena import (made-up folder)', () => {
  it('stores every concept, relationship and synonym, with the PPI version and vocabulary counts', async () => {
    const out = join(temp(), 'a.sqlite');
    const s = await importAthena(MADE_UP_ATHENA, out, noHooks);
    expect(s.rows).toEqual({ vocabulary: 3, concept: 6, relationship: 3, synonym: 1 });
    expect(s.version).toBe('made-up PPI 2099-01');
    expect(s.vocabularies).toEqual([{ id: 'MADEUP', concepts: 3 }, { id: 'PPI', concepts: 3 }]);
    expect(s.notes).toContain('not read (this app does not use them): DOMAIN.csv');
    // Only the relationships the concept card shows are stored; the third ("Answer of (PPI)") was checked and counted.
    expect(s.notes).toContain('CONCEPT_RELATIONSHIP.csv: 2 of 3 relationships kept (Maps to, Maps to value); the others were checked, not stored (this app does not show them)');
    expect(Object.keys(s.seconds)).toEqual(expect.arrayContaining(['CONCEPT.csv', 'CONCEPT.csv names', 'concept words', 'CONCEPT_RELATIONSHIP.csv', 'synonym words', 'copy', 'index concept_code', 'optimize words']));
    const db = new Database(out, { readonly: true });
    expect(db.prepare('SELECT * FROM concept WHERE concept_id = 2100000203').get()).toEqual({
      concept_id: 2100000203, concept_name: 'Fabricated día de prueba', domain_id: 'Condition', vocabulary_id: 'MADEUP',
      concept_class_id: 'Clinical Finding', standard_concept: null, concept_code: 'MU-003', valid_start_date: '1970-01-01', valid_end_date: '2099-12-31', invalid_reason: 'D',
    });
    // Athena writes no quoting: quotes inside a name are kept as written.
    expect(db.prepare('SELECT concept_name FROM concept WHERE concept_id = 2100000202').pluck().get()).toBe('Made-up "quoted" gadget');
    expect(db.prepare("SELECT rowid FROM concept_words WHERE concept_words MATCH 'dia AND vocabulary:vmadeup'").pluck().all()).toEqual([2100000203]);
    expect(db.prepare("SELECT concept_id FROM concept WHERE concept_code = 'madeupwidgets_yes' COLLATE NOCASE").pluck().all()).toEqual([2100000102]);
    expect(db.prepare('SELECT relationship_id FROM concept_relationship ORDER BY 1').pluck().all()).toEqual(['Maps to', 'Maps to value']);
    db.close();
  });

  it('reads concept and concept_relationship (views over compact tables) through their indexes, a LEFT JOIN to them too', async () => {
    const out = join(temp(), 'a.sqlite');
    await importAthena(MADE_UP_ATHENA, out, noHooks);
    const db = new Database(out, { readonly: true });
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    // The shapes of the concept card's and the search's queries (facts.ts, search-imports.ts).
    const queries = [
      "SELECT concept_id FROM concept WHERE vocabulary_id = 'PPI' AND concept_code = 'x' COLLATE NOCASE ORDER BY invalid_reason IS NOT NULL",
      "SELECT r.relationship_id, c.concept_name FROM concept_relationship r LEFT JOIN concept c ON c.concept_id = r.concept_id_2 WHERE r.concept_id_1 = 1 AND r.invalid_reason IS NULL",
      "SELECT concept_name, domain_id FROM concept WHERE concept_id IN (SELECT rowid FROM concept_words WHERE concept_words MATCH 'dia')",
      "SELECT c.concept_name FROM concept_synonym s JOIN concept c ON c.concept_id = s.concept_id WHERE s.rowid IN (SELECT rowid FROM synonym_words WHERE synonym_words MATCH 'x') AND c.vocabulary_id = 'PPI'",
    ];
    for (const q of queries) expect(plan(q)).not.toMatch(/SCAN (concept_row|relationship_row|r\b|c\b)|MATERIALIZE/);
    expect(plan(queries[1]!)).toMatch(/SEARCH r USING INDEX concept_relationship_1/);
    expect(db.prepare(queries[0]!.replace("'x'", "'mu-001'").replace("'PPI'", "'MADEUP'")).pluck().all()).toEqual([2100000201]);
    db.close();
  });
});

describe('Athena import: malformed input is named by file, line and column', () => {
  const cases: [string, string, (t: string) => string | Buffer | null, RegExp][] = [
    ['a folder without CONCEPT.csv', 'CONCEPT.csv', () => null, /made-up-broken-athena: this folder has no CONCEPT\.csv/],
    ['wrong columns', 'CONCEPT.csv', (t) => t.replace('concept_code', 'code'), /^CONCEPT\.csv: row 1, field "concept_code": the header lacks this column/],
    ['a bad date', 'CONCEPT.csv', (t) => t.replace('20170101', '20171301'), /^CONCEPT\.csv: row 2, field "valid_start_date": "20171301" is not a date/],
    ['a concept ID that is not a number', 'CONCEPT_RELATIONSHIP.csv', (t) => t.replace('2100000101\t2100000201', '21000001x1\t2100000201'), /^CONCEPT_RELATIONSHIP\.csv: row 3, field "concept_id_1": "21000001x1" is not a whole number/],
    ['broken quoting', 'CONCEPT.csv', (t) => t.replace('No made-up widgets\tObservation', '"No made-up\nwidgets"\tObservation'), /^CONCEPT\.csv: row 4, field "concept_name": a quoted value opens here and is not closed/],
    ['a truncated file', 'CONCEPT.csv', (t) => t.slice(0, t.indexOf('Fabricated') + 5), /^CONCEPT\.csv: row 7, field "domain_id": the file ends in the middle of this row \(truncated\?\)/],
    ['a wrong encoding', 'CONCEPT.csv', (t) => Buffer.from(t, 'latin1'), /^CONCEPT\.csv: row 7, field "concept_name": byte 0xed at offset \d+ is not UTF-8/],
    ['a repeated concept ID', 'CONCEPT.csv', (t) => t.replace('2100000103', '2100000101'), /^CONCEPT\.csv: row 4, field "concept_id": this concept_id is already on an earlier row/],
    ['an extra field', 'CONCEPT_SYNONYM.csv', (t) => t.replace('4180186', '4180186\textra'), /^CONCEPT_SYNONYM\.csv: row 2, field "column 4": expected 3 fields, found 4/],
  ];
  for (const [what, file, edit, message] of cases) {
    it(what, async () => {
      const dir = temp();
      const folder = brokenCopy(dir, file, edit);
      await expect(importAthena(folder, join(dir, 'a.sqlite'), noHooks)).rejects.toThrow(message);
    });
  }
});

describe('name search on the made-up folder: whole words, then typed word starts', () => {
  it('matches a typed start of three or more letters as the start of a word, in names and synonyms', async () => {
    const userData = temp();
    mkdirSync(join(userData, 'imports'));
    await runImport(MADE_UP_ATHENA, importPath(userData, 'athena'), noHooks);
    const data = new ImportedData(userData);
    const ids = (q: string) => searchImports(data, q).concepts.map((c) => [c.conceptId, c.match]);
    expect(ids('fabricated')).toEqual([[2100000203, 'name']]);
    expect(ids('Fabr')).toEqual([[2100000203, 'name']]);
    expect(ids('fabx')).toEqual([]); // the index matched "fab", the name has no word starting "fabx"
    expect(ids('fa')).toEqual([]); // two letters: whole words only
    expect(ids('prueba dí')).toEqual([]);
    expect(ids('prueba dia')).toEqual([[2100000203, 'name']]); // diacritics ignored, as the index does
    expect(ids('thingam')).toEqual([[2100000201, 'synonym']]);
    expect(ids('thingamx')).toEqual([]);
    data.close();
  });
});
