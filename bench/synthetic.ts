// The synthetic database: the real codebook 100 times over, for the benchmark at scale. Each copy
// is the real items in a shuffled order, codes suffixed (_syn<k>), concept IDs moved out of the
// real range, and about one text in three with a word swapped for another indexed word; options,
// module membership and source instruments are copied with them. Search tables are then filled by
// the build's own code. Cached in build/bench/ until the real database or this generator changes.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, rmSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { fillSearchIndex } from '../codebooks/write/search-index';
import { pick, rng, shuffle, type Rng } from './random';

export const SYNTHETIC_COPIES = 100;
const GENERATOR_VERSION = '2';
const SEED = 4242;
const ID_STRIDE = 100_000_000; // above every real concept ID (largest ~4.6e7)

function stamp(realPath: string): string {
  const db = new Database(realPath, { readonly: true });
  const hash = (db.prepare(`SELECT value FROM meta WHERE key = 'built_at'`).get() as { value: string } | undefined)?.value ?? '';
  db.close();
  return `${GENERATOR_VERSION}:${SYNTHETIC_COPIES}:${hash}`;
}

function isCurrent(path: string, want: string): boolean {
  if (!existsSync(path)) return false;
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`SELECT value FROM meta WHERE key = 'synthetic'`).get() as { value: string } | undefined)?.value === want;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

function perturb(r: Rng, text: string | null, words: string[]): string | null {
  if (text == null || r() > 0.33) return text;
  const parts = text.split(' ');
  parts[Math.floor(r() * parts.length)] = pick(r, words);
  return parts.join(' ');
}

type ItemRow = Record<string, unknown> & { id: number; code: string | null; concept_id: number | null; parent_id: number | null };

function addCopies(db: Database.Database, log: (l: string) => void): void {
  const r = rng(SEED);
  const items = db.prepare('SELECT * FROM items ORDER BY id').all() as ItemRow[];
  const options = db.prepare('SELECT * FROM options').all() as Record<string, unknown>[];
  const memberships = db.prepare('SELECT * FROM item_modules').all() as Record<string, unknown>[];
  const sources = db.prepare('SELECT * FROM question_sources').all() as Record<string, unknown>[];
  const words = (db.prepare('SELECT display FROM search_vocab').all() as { display: string }[]).map((w) => w.display);
  const maxId = (db.prepare('SELECT max(id) AS m FROM items').get() as { m: number }).m;
  const cols = Object.keys(items[0]!);
  const insert = db.prepare(`INSERT INTO items (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`);
  const opt = db.prepare(`INSERT INTO options (question_id, answer_id, position, label_en, label_es, standard_concept_id, source)
    VALUES (@question_id, @answer_id, @position, @label_en, @label_es, @standard_concept_id, @source)`);
  const mem = db.prepare('INSERT INTO item_modules (item_id, module_id, position) VALUES (@item_id, @module_id, @position)');
  const src = db.prepare(`INSERT INTO question_sources (item_id, instrument_id, original_text, printed_text, source, at)
    VALUES (@item_id, @instrument_id, @original_text, @printed_text, @source, @at)`);
  for (let k = 1; k < SYNTHETIC_COPIES; k++) {
    const order = shuffle(r, items.map((_, i) => i));
    const newId = new Map<number, number>();
    order.forEach((idx, n) => newId.set(items[idx]!.id, maxId * k + n + 1));
    for (const idx of order) {
      const it = items[idx]!;
      const code = it.code == null ? null : `${it.code}_syn${k}`;
      insert.run({
        ...it,
        id: newId.get(it.id),
        code,
        code_lower: code?.toLowerCase() ?? null,
        concept_id: it.concept_id == null ? null : it.concept_id + k * ID_STRIDE,
        parent_id: it.parent_id == null ? null : newId.get(it.parent_id) ?? null,
        text_en: perturb(r, it.text_en as string | null, words),
        text_es: perturb(r, it.text_es as string | null, words),
      });
    }
    const map = (row: Record<string, unknown>, keys: string[]) => ({ ...row, ...Object.fromEntries(keys.map((c) => [c, newId.get(row[c] as number)])) });
    for (const o of options) opt.run(map(o, ['question_id', 'answer_id']));
    for (const m of memberships) mem.run(map(m, ['item_id']));
    for (const s of sources) src.run(map(s, ['item_id']));
    if (k % 20 === 0) log(`synthetic: ${k + 1} of ${SYNTHETIC_COPIES} copies`);
  }
}

/** Path of the synthetic database, built when missing or made from another real database. */
export function ensureSynthetic(realPath: string, out: string, log: (l: string) => void): { path: string; built: boolean } {
  const want = stamp(realPath);
  if (isCurrent(out, want)) return { path: out, built: false };
  const started = performance.now();
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  copyFileSync(realPath, tmp);
  const db = new Database(tmp);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('foreign_keys = OFF'); // copies are inserted in shuffled order, parents after children
    db.transaction(() => {
      addCopies(db, log);
      log('synthetic: filling the search tables');
      db.exec(`DELETE FROM search_text; DELETE FROM search_docs; DELETE FROM search_concepts; DELETE FROM search_trigrams; DELETE FROM search_vocab; DELETE FROM search_translations; DELETE FROM search_tokens; DELETE FROM search_postings;
        INSERT INTO search_code (search_code) VALUES ('delete-all');`);
      fillSearchIndex(db);
      db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('synthetic', ?)`).run(want);
      db.prepare(`INSERT OR REPLACE INTO meta (key, value) VALUES ('synthetic_build_seconds', ?)`).run(String((performance.now() - started) / 1000));
    })();
    db.exec('ANALYZE');
    db.close();
    renameSync(tmp, out);
  } catch (e) {
    if (db.open) db.close();
    rmSync(tmp, { force: true });
    throw e;
  }
  return { path: out, built: true };
}
