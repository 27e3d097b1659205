// The whole build on made-up sources: merge by code in any letter case, provenance, conflicts,
// and a failed build leaving the previous database untouched.
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCodebooks } from '../../../codebooks/build';
import { sha256 } from '../../../codebooks/sources/locate';
import { madeUpEntry, madeUpManifest, MADE_UP_SOURCES } from '../../helpers/made-up-build';

let dir: string;
let out: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ppi-build-'));
  out = join(dir, 'codebooks.sqlite');
  await buildCodebooks({ out, manifest: madeUpManifest(), dirs: [MADE_UP_SOURCES], download: false });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('build on made-up sources', () => {
  it('merges codes regardless of letter case, keeping the sheet spelling', () => {
    const db = new Database(out, { readonly: true });
    const q1 = db.prepare(`SELECT * FROM items WHERE code_lower = 'fakemodule_q1'`).all() as { code: string; concept_id: number }[];
    expect(q1).toHaveLength(1);
    expect(q1[0]!.code).toBe('FakeModule_Q1');
    const yes = db.prepare(`SELECT concept_id FROM items WHERE code_lower = 'fakeq1_yes'`).get() as { concept_id: number };
    expect(yes.concept_id).toBe(900000011);
    db.close();
  });

  it('keeps every source of a fact and records the disagreement', () => {
    const db = new Database(out, { readonly: true });
    const facts = db
      .prepare(`SELECT p.value, p.source, p.chosen FROM provenance p JOIN items i ON i.id = p.item_id
        WHERE i.code_lower = 'fakemodule_q1' AND p.field = 'text.en'`)
      .all() as { source: string }[];
    expect(facts.map((f) => f.source)).toContain('made-up:made-up-sheet.csv');
    const conflicts = db.prepare(`SELECT * FROM conflicts WHERE field = 'conceptId'`).all() as { subject: string; chosen: string; other: string }[];
    expect(conflicts).toHaveLength(1);
    expect([conflicts[0]!.chosen, conflicts[0]!.other].sort()).toEqual(['900000001', '900000099']);
    db.close();
  });

  it('links branching parents and answers written in another letter case', () => {
    const db = new Database(out, { readonly: true });
    const rule = db
      .prepare(`SELECT p.code parent, b.answer_ids, b.shown_when FROM branching b JOIN items c ON c.id = b.child_id
        JOIN items p ON p.id = b.parent_id WHERE c.code_lower = 'fakemodule_q2'`)
      .get() as { parent: string; answer_ids: string; shown_when: string };
    expect(rule.parent).toBe('FakeModule_Q1');
    expect(rule.shown_when).toBe('shown');
    const yesId = (db.prepare(`SELECT id FROM items WHERE code_lower = 'fakeq1_yes'`).get() as { id: number }).id;
    expect(JSON.parse(rule.answer_ids)).toEqual([yesId]);
    db.close();
  });

  it('indexes text without accents and reports coverage', () => {
    const db = new Database(out, { readonly: true });
    const hit = db.prepare(`SELECT rowid FROM search_text WHERE search_text MATCH '"dias"'`).all();
    expect(hit).toHaveLength(1);
    const report = JSON.parse((db.prepare(`SELECT value FROM meta WHERE key = 'report'`).get() as { value: string }).value);
    expect(report.coverage.questions).toBe(2);
    expect(report.coverage.withAnswers.count).toBe(2);
    expect(report.conflicts.total).toBeGreaterThanOrEqual(1);
    db.close();
  });

  // Malformed variants of the made-up codebook sheet (test/fixtures/codebook-to-fhir/made-up-*.csv)
  // and of the made-up sources here: each stops the build with an error naming file, row and field.
  const C2F = join(MADE_UP_SOURCES, '..', '..', 'codebook-to-fhir');
  const broken: [string, string, RegExp][] = [
    ['truncated CSV', join(MADE_UP_SOURCES, 'made-up-sheet-truncated.csv'), /made-up-sheet\.csv: row \d+/],
    ['wrong header', join(C2F, 'made-up-bad-header.csv'), /made-up-sheet\.csv: row 1, field "Type"/],
    ['Latin-1 bytes', join(C2F, 'made-up-latin1.csv'), /made-up-sheet\.csv: row \d+.*not UTF-8/],
    ['empty file', join(C2F, 'made-up-empty.csv'), /made-up-sheet\.csv: .*empty/],
    ['answer whose question is missing', join(C2F, 'made-up-orphan-answer.csv'), /made-up-sheet\.csv: row \d+, field "Parent code"/],
  ];
  for (const [what, file, message] of broken) {
    it(`leaves the previous database untouched on a source with ${what}`, async () => {
      const before = sha256(readFileSync(out));
      const dirCopy = mkdtempSync(join(tmpdir(), 'ppi-broken-'));
      for (const f of readdirSync(MADE_UP_SOURCES)) copyFileSync(join(MADE_UP_SOURCES, f), join(dirCopy, f));
      copyFileSync(file, join(dirCopy, 'made-up-sheet.csv'));
      await expect(buildCodebooks({ out, manifest: madeUpManifest(dirCopy), dirs: [dirCopy], download: false })).rejects.toThrow(message);
      expect(sha256(readFileSync(out))).toBe(before);
      expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
      rmSync(dirCopy, { recursive: true, force: true });
    });
  }

  it('refuses a source whose checksum differs from the manifest', async () => {
    const entry = { ...madeUpEntry('made-up-sheet.csv', 'c2f-sheet'), sha256: 'f'.repeat(64) };
    await expect(buildCodebooks({ out: join(dir, 'other.sqlite'), manifest: [entry], dirs: [MADE_UP_SOURCES], download: false })).rejects.toThrow(/SHA-256/);
  });
});
