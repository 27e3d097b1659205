// The two baselines, over the same text our search indexes (codes, English and Spanish text,
// answer option labels): a LIKE '%q%' scan in SQLite, and grep -i -F over the same text exported
// to a file, one line per item. Both search the query literally (quotes of phrases removed);
// neither ranks, is accent-insensitive or matches concept IDs, so both do less than our search.
import type Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const literal = (q: string) => q.replace(/"/g, '').trim();

/** All matching items, like a search that must see every match to rank them. */
export function likeScan(db: Database.Database): (q: string) => number {
  const stmt = db.prepare(`SELECT i.id FROM items i WHERE i.code LIKE @q ESCAPE '\\' OR i.text_en LIKE @q ESCAPE '\\' OR i.text_es LIKE @q ESCAPE '\\'
    UNION SELECT o.question_id FROM options o WHERE o.label_en LIKE @q ESCAPE '\\' OR o.label_es LIKE @q ESCAPE '\\'`);
  return (q) => stmt.raw().all({ q: `%${literal(q).replace(/[\\%_]/g, (c) => '\\' + c)}%` }).length;
}

export async function exportText(db: Database.Database, file: string): Promise<void> {
  const out = createWriteStream(file);
  const rows = db
    .prepare(`SELECT i.code, i.text_en, i.text_es, (SELECT group_concat(coalesce(o.label_en, '') || ' ' || coalesce(o.label_es, ''), ' | ')
        FROM options o WHERE o.question_id = i.id) FROM items i ORDER BY i.id`)
    .raw()
    .iterate() as Iterable<(string | null)[]>;
  for (const r of rows) {
    if (!out.write(r.map((v) => (v ?? '').replace(/[\t\n\r]+/g, ' ')).join('\t') + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** One grep process per query, as a user at a shell would run it; the time includes its start. */
export function grepFile(file: string): (q: string) => number {
  return (q) => {
    const r = spawnSync('grep', ['-i', '-F', '-e', literal(q), file], { maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`grep failed: ${r.stderr}`);
    return r.stdout.length;
  };
}
