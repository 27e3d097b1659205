// The Athena import's two writers (import-athena.ts and the second one, side-load.ts, in its own
// thread and file): what the second one builds arrives whole in the import's file, its word index
// copied intact, its file removed; errors keep the files' order whichever thread finds them.
import Database from 'better-sqlite3';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticAthena, WORDS } from '../../../bench/import/synthetic-athena';
import { importAthena } from '../../../electron/services/imports/athena/import-athena';
import { vocabularyToken } from '../../../electron/services/imports/athena/values';
import { noHooks } from '../../../electron/services/imports/progress';
import { useTempDirs } from '../lists/helpers/temp-dir';
import { brokenCopy } from './made-up-athena';

const temp = useTempDirs();

describe('Athena import on two writers', () => {
  it('stores every row of a made-up 20,000-concept download, with word indexes that match the names', async () => {
    const dir = temp();
    const folder = join(dir, 'made-up-synthetic');
    await writeSyntheticAthena(folder, 20_000);
    const out = join(dir, 'a.sqlite');
    const s = await importAthena(folder, out, noHooks);
    expect(s.rows).toEqual({ vocabulary: 8, concept: 20_000, relationship: 20_000, synonym: 5_000 });
    expect(readdirSync(dir).sort()).toEqual(['a.sqlite', 'made-up-synthetic']); // the second writer's file is gone
    const db = new Database(out, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'concept_names'").all()).toEqual([]);
    const lines = (f: string) => readFileSync(join(folder, f), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const concepts = lines('CONCEPT.csv');
    const synonyms = lines('CONCEPT_SYNONYM.csv');
    const ids = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().all(...p) as number[];
    for (const word of WORDS.slice(0, 12)) {
      const named = concepts.filter((c) => c[1]!.split(' ').includes(word)).map((c) => Number(c[0]));
      expect(ids('SELECT rowid FROM concept_words WHERE concept_words MATCH ? ORDER BY rowid', `name:${word}`)).toEqual(named);
      const inLoinc = concepts.filter((c) => c[3] === 'LOINC' && c[1]!.split(' ').includes(word)).map((c) => Number(c[0]));
      expect(ids('SELECT rowid FROM concept_words WHERE concept_words MATCH ? ORDER BY rowid', `name:${word} AND vocabulary:${vocabularyToken('LOINC')}`)).toEqual(inLoinc);
      const syn = synonyms.filter((c) => c[1]!.split(' ').includes(word)).map((c) => Number(c[0]));
      expect(ids('SELECT s.concept_id FROM synonym_words w JOIN concept_synonym s ON s.rowid = w.rowid WHERE synonym_words MATCH ? ORDER BY s.rowid', word)).toEqual(syn);
    }
    const prefix = WORDS[3]!.slice(0, 3);
    expect(ids('SELECT count(*) FROM concept_words WHERE concept_words MATCH ?', `name:${prefix}*`)[0]).toBe(concepts.filter((c) => c[1]!.split(' ').some((w) => w.startsWith(prefix))).length);
    expect(db.prepare("SELECT count(*) FROM concept_relationship WHERE relationship_id = 'Maps to'").pluck().get()).toBe(lines('CONCEPT_RELATIONSHIP.csv').filter((r) => r[2] === 'Maps to').length);
    db.close();
    // FTS5's own check of the copied indexes (it throws on a corrupt one).
    const rw = new Database(out);
    for (const t of ['concept_words', 'synonym_words']) rw.exec(`INSERT INTO ${t}(${t}) VALUES ('integrity-check')`);
    rw.close();
  });

  it('reports the error of CONCEPT.csv before one of a file the second writer reads', async () => {
    const dir = temp();
    const folder = brokenCopy(dir, 'CONCEPT_SYNONYM.csv', (t) => t.replace('4180186', 'x4180186'));
    await expect(importAthena(folder, join(dir, 'a.sqlite'), noHooks)).rejects.toThrow(/^CONCEPT_SYNONYM\.csv: row 2, field "language_concept_id": "x4180186" is not a whole number/);
    const concept = join(folder, 'CONCEPT.csv');
    writeFileSync(concept, readFileSync(concept, 'utf8').replace('20170101', '20170132'));
    await expect(importAthena(folder, join(dir, 'b.sqlite'), noHooks)).rejects.toThrow(/^CONCEPT\.csv: row 2, field "valid_start_date": "20170132" is not a date/);
    expect(readdirSync(dir).filter((f) => f.includes('.side'))).toEqual([]); // the second writer's file is removed on failure too
  });
});
