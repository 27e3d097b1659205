// What an Athena import adds to the real codebook's concept cards (through the same handlers as
// the app), and search in the import. The question and answers come from the real database
// (test/ui/helpers/athena-scenario.ts picks them by query); the Athena folder is made up.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';
import { athenaFacts } from '../../../electron/services/imports/athena/facts';
import { ImportedData } from '../../../electron/services/imports/imported-data';
import { noHooks } from '../../../electron/services/imports/progress';
import { runImport } from '../../../electron/services/imports/run-import';
import { searchImports } from '../../../electron/services/imports/search-imports';
import { importPath } from '../../../electron/services/imports/store';
import { showItem } from '../../../electron/services/item-detail';
import type { Codebook } from '../../../electron/services/store';
import { openRealDb } from '../../helpers/real-db';
import { pickAthenaScenario, writeMadeUpAthena, type AthenaScenario } from '../../ui/helpers/athena-scenario';
import { useTempDirs } from '../lists/helpers/temp-dir';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

let db: Codebook;
let s: AthenaScenario;
let userData: string;
let data: ImportedData;
const temp = useTempDirs();

beforeAll(async () => {
  db = openRealDb();
  s = pickAthenaScenario();
  userData = mkdtempSync(join(tmpdir(), 'ppi-athena-facts-'));
  mkdirSync(join(userData, 'imports'));
  await runImport(writeMadeUpAthena(userData, s), importPath(userData, 'athena'), noHooks);
  data = new ImportedData(userData);
});
afterAll(() => {
  data.close();
  db.close();
  rmSync(userData, { recursive: true, force: true });
});

describe('Athena facts on a concept card of the real codebook', () => {
  it('fills the missing answer ID (code matched in any letter case) and reports the disagreement without applying it', () => {
    const card = showItem(db, s.question)!;
    const facts = athenaFacts(data.athena()!, card)!;
    expect(facts.version).toBe(s.version);
    expect(facts.importName).toBe('made-up-athena-ui');
    expect(facts.answers).toEqual([
      { code: s.missing.code, bundledConceptId: null, athenaConceptId: s.missing.madeUpId, athenaName: 'Made-up name of the answer without an ID', status: 'filled' },
      { code: s.disagreeing.code, bundledConceptId: s.disagreeing.bundledId, athenaConceptId: s.disagreeing.madeUpId, athenaName: 'Made-up name of the disagreeing answer', status: 'disagrees' },
    ].sort((a, b) => card.answers.findIndex((x) => x.code === a.code) - card.answers.findIndex((x) => x.code === b.code)));
    expect(facts.relationships).toEqual([
      { fromCode: s.missing.code, fromConceptId: s.missing.madeUpId, relationship: 'Maps to value', conceptId: s.mapsToValue.id, name: s.mapsToValue.name, vocabularyId: 'MADEUP', conceptCode: 'MU-UI-1' },
    ]);
  });

  it('reaches the app through item:show, and leaves the bundled IDs as they are', async () => {
    const handlers = createHandlers(db, { name: 'test', version: '0', mode: 'browser' }, { userDataDir: userData });
    const card = (await handlers['item:show'](s.question))!;
    expect(card.imported?.answers.map((a) => a.status).sort()).toEqual(['disagrees', 'filled']);
    expect(card.answers.find((a) => a.code === s.disagreeing.code)!.conceptId).toBe(s.disagreeing.bundledId);
    expect(card.answers.find((a) => a.code === s.missing.code)!.conceptId).toBeNull();
    const noImports = createHandlers(db, { name: 'test', version: '0', mode: 'browser' }, { userDataDir: temp() });
    expect((await noImports['item:show'](s.question))!.imported).toBeUndefined();
  });
});

describe('search in an Athena import', () => {
  it('ranks an exact concept ID, then an exact code, then names, with a vocabulary filter', () => {
    expect(searchImports(data, String(s.mapsToValue.id)).concepts.map((c) => [c.conceptId, c.match])).toEqual([[s.mapsToValue.id, 'concept-id']]);
    expect(searchImports(data, s.missing.code.toLowerCase()).concepts[0]).toMatchObject({ conceptId: s.missing.madeUpId, match: 'code' });
    const made = searchImports(data, 'made-up nam');
    expect(made.concepts.map((c) => c.conceptId).sort()).toEqual([s.missing.madeUpId, s.disagreeing.madeUpId]);
    expect(searchImports(data, 'made-up', { vocabulary: 'MADEUP' }).concepts.map((c) => c.conceptId)).toEqual([s.mapsToValue.id]);
    expect(made.athena).toEqual({ name: 'made-up-athena-ui', version: s.version, vocabularies: [{ id: 'PPI', concepts: 2 }, { id: 'MADEUP', concepts: 1 }] });
  });

  it('never fails on any typed string', () => {
    for (const q of ['"', '"unclosed', 'a AND OR NOT', 'NEAR(a b)', '*', '^x', 'col:val', '\u0000', '\ud800', 'x'.repeat(2000), '(((', '{name}: x', "'; DROP TABLE concept; --"]) {
      expect(() => searchImports(data, q)).not.toThrow();
    }
  });
});
