// Lines in Athena's own layout are read in place (tab-fields.ts), all others the strict way: both
// must store the same rows. The same made-up download is imported as written (tab-separated) and
// re-written comma-separated with quoted fields (every line the strict way); the tables must match.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticAthena } from '../../../bench/import/synthetic-athena';
import { importAthena } from '../../../electron/services/imports/athena/import-athena';
import { numberIn } from '../../../electron/services/imports/athena/tab-fields';
import { wholeNumber } from '../../../electron/services/imports/athena/values';
import { noHooks } from '../../../electron/services/imports/progress';
import { useTempDirs } from '../lists/helpers/temp-dir';
import { MADE_UP_ATHENA } from './made-up-athena';

const temp = useTempDirs();

const asQuotedCsv = (text: string) =>
  text.split('\n').map((l) => (l === '' ? l : l.split('\t').map((f) => `"${f.replace(/"/g, '""')}"`).join(','))).join('\n');

function tables(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  const all = (sql: string) => db.prepare(sql).all();
  const out = {
    concept: all('SELECT * FROM concept ORDER BY concept_id'),
    relationship: all('SELECT * FROM concept_relationship ORDER BY concept_id_1, concept_id_2, relationship_id'),
    synonym: all('SELECT * FROM concept_synonym ORDER BY rowid'),
  };
  db.close();
  return out;
}

describe('Athena lines read in place or the strict way store the same rows', () => {
  for (const [what, make] of [
    ['the made-up folder', async (dir: string) => (mkdirSync(dir), readdirSync(MADE_UP_ATHENA).forEach((f) => writeFileSync(join(dir, f), readFileSync(join(MADE_UP_ATHENA, f)))), dir)],
    ['a made-up 3,000-concept download', async (dir: string) => (await writeSyntheticAthena(dir, 3_000), dir)],
  ] as const) {
    it(what, async () => {
      const root = temp();
      const tabbed = await make(join(root, 'made-up-tabbed'));
      const quoted = join(root, 'made-up-quoted');
      mkdirSync(quoted);
      for (const f of readdirSync(tabbed)) writeFileSync(join(quoted, f), asQuotedCsv(readFileSync(join(tabbed, f), 'utf8')));
      await importAthena(tabbed, join(root, 'tabbed.sqlite'), noHooks);
      await importAthena(quoted, join(root, 'quoted.sqlite'), noHooks);
      const a = tables(join(root, 'tabbed.sqlite'));
      expect(a.concept!.length).toBeGreaterThan(5);
      expect(tables(join(root, 'quoted.sqlite'))).toEqual(a);
    });
  }
});

describe('numbers read in place', () => {
  it('are read as wholeNumber reads them, or left to it (NaN)', () => {
    for (const v of ['0', '7', '-12', '0012', '2100000203', '999999999999999', '9007199254740991', '', '-', '+5', '1e3', '12.0', ' 12', '0x1F', '١٢']) {
      const line = `x\t${v}\ty`;
      const n = numberIn(line, 2, 2 + v.length);
      let strict: number | string;
      try {
        strict = wholeNumber(v, 'F', 1, 'c');
      } catch {
        strict = 'refused';
      }
      if (Number.isNaN(n)) expect([v, v.replace('-', '').length > 15 || strict === 'refused']).toEqual([v, true]);
      else expect([v, n]).toEqual([v, strict]);
    }
  });
});
