// The benchmark's fixed query set, drawn from the real database with a fixed seed: concept IDs
// (PPI, module, standard value), codes in changed letter case, code prefixes, English and Spanish
// words (some typed without accents), prefixes as typed, quoted phrases, and misses (misspelled
// words and strings found nowhere). Same database and seed, same queries.
import type Database from 'better-sqlite3';
import { pick, rng, type Rng } from './random';

export const QUERY_SEED = 20_240_917;

export interface BenchQuery {
  kind: 'concept-id' | 'code' | 'code-prefix' | 'word-en' | 'word-es' | 'prefix' | 'phrase-en' | 'phrase-es' | 'miss';
  q: string;
}

const column = (db: Database.Database, sql: string) => (db.prepare(sql).raw().all() as unknown[][]).map((r) => r[0]);
const words = (t: string) => t.match(/\p{L}{3,}/gu) ?? [];
const stripAccents = (w: string) => w.normalize('NFD').replace(/\p{M}+/gu, '');
const randomCase = (r: Rng, s: string) => [...s].map((c) => (r() < 0.5 ? c.toLowerCase() : c.toUpperCase())).join('');

function phrase(r: Rng, texts: string[]): string {
  for (;;) {
    const ws = pick(r, texts).split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, '')).filter(Boolean);
    if (ws.length < 3) continue;
    const n = 2 + Math.floor(r() * 2);
    const at = Math.floor(r() * (ws.length - n + 1));
    return `"${ws.slice(at, at + n).join(' ')}"`;
  }
}

function longWord(r: Rng, texts: string[], min: number): string {
  for (;;) {
    const ws = words(pick(r, texts)).filter((w) => w.length >= min);
    if (ws.length) return pick(r, ws).toLowerCase();
  }
}

function misspell(r: Rng, w: string): string {
  const i = 1 + Math.floor(r() * (w.length - 2));
  const ops = [() => w.slice(0, i) + w.slice(i + 1), () => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), () => w.slice(0, i) + 'q' + w.slice(i)];
  return pick(r, ops)();
}

export function makeQueries(db: Database.Database, seed = QUERY_SEED): BenchQuery[] {
  const r = rng(seed);
  const ids = column(db, 'SELECT concept_id FROM items WHERE concept_id IS NOT NULL ORDER BY id') as number[];
  const moduleIds = column(db, 'SELECT concept_id FROM modules WHERE concept_id IS NOT NULL ORDER BY id') as number[];
  const standardIds = column(db, 'SELECT DISTINCT standard_concept_id FROM options WHERE standard_concept_id IS NOT NULL ORDER BY 1') as number[];
  const codes = column(db, `SELECT code FROM items WHERE code IS NOT NULL AND length(code) >= 6 ORDER BY id`) as string[];
  const en = column(db, `SELECT text_en FROM items WHERE text_en IS NOT NULL AND kind = 'question' ORDER BY id`) as string[];
  const es = column(db, `SELECT text_es FROM items WHERE text_es IS NOT NULL AND kind = 'question' ORDER BY id`) as string[];
  const out: BenchQuery[] = [];
  const add = (kind: BenchQuery['kind'], n: number, make: () => string) => {
    for (let i = 0; i < n; i++) out.push({ kind, q: make() });
  };
  add('concept-id', 30, () => String(pick(r, ids)));
  add('concept-id', 5, () => String(pick(r, moduleIds)));
  add('concept-id', 5, () => String(pick(r, standardIds)));
  add('code', 30, () => randomCase(r, pick(r, codes)));
  add('code-prefix', 25, () => {
    const c = pick(r, codes);
    return c.slice(0, 3 + Math.floor(r() * Math.min(6, c.length - 3))).toLowerCase();
  });
  add('word-en', 35, () => longWord(r, en, 3));
  add('word-es', 35, () => {
    const w = longWord(r, es, 3);
    return r() < 0.4 ? stripAccents(w) : w;
  });
  add('prefix', 15, () => {
    const w = longWord(r, r() < 0.5 ? en : es, 5);
    return w.slice(0, 3 + Math.floor(r() * 3));
  });
  add('phrase-en', 20, () => phrase(r, en));
  add('phrase-es', 10, () => phrase(r, es));
  add('miss', 15, () => misspell(r, longWord(r, en, 6)));
  add('miss', 5, () => Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join(''));
  return out;
}
