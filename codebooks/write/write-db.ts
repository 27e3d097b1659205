// Writes the merged codebook to a new SQLite file beside the target and renames it into place
// only when everything succeeded, so a failed build leaves the previous database untouched.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MergedCodebook } from '../merge/merge';
import { deriveReleases } from '../releases/derive';
import { ORDER_FIELD, recordOrderConflicts } from '../releases/order-conflicts';
import { fillSearchIndex } from './search-index';
import { writePrintedVersions } from './page-index';
import { PageIndexThread } from './page-index-thread';
import { writeItems, writeModules, writeOptionsAndBranching } from './items';
import { writeExternalCodesAndConflicts, writeSources, writeVersions } from './sources';

const SCHEMA = join(import.meta.dirname, '..', 'schema.sql');

export interface SourceRow {
  id: string;
  repo: string;
  commit: string;
  path: string;
  sha256: string;
  license: string;
  format: string;
  provides: string;
  origin: string;
}

/** Drops a table's indexes; the returned function creates them again, from their own SQL. */
function deferIndexes(db: Database.Database, table: string): () => void {
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`).all(table) as { name: string; sql: string }[];
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
  return () => {
    for (const i of indexes) db.exec(i.sql);
  };
}

/**
 * Builds the database in a temporary file; `finish` runs on the finished temporary database
 * (e.g. to compute and store the report) before it is renamed over `out`.
 */
export function writeDatabase(
  out: string,
  cb: MergedCodebook,
  sources: SourceRow[],
  meta: Record<string, string>,
  finish?: (db: Database.Database) => void,
): void {
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  const pages = new PageIndexThread(cb.sources.documents);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(readFileSync(SCHEMA, 'utf8'));
    db.transaction(() => {
      const moduleIds = writeModules(db, cb);
      const ids = writeItems(db, cb, moduleIds);
      // One sort per index after ~200,000 provenance rows is cheaper than keeping it sorted per row.
      const restoreIndexes = deferIndexes(db, 'provenance');
      writeOptionsAndBranching(db, cb, ids);
      writeVersions(db, cb, ids);
      writeSources(db, cb, ids);
      restoreIndexes();
      writePrintedVersions(db, cb.sources.documents);
      // From here the page index is made on the other core (page-index-thread.ts): nothing it
      // reads is written after this point, and what follows does not read what it makes.
      pages.start(db);
      const releaseNotes: string[] = [];
      const releases = deriveReleases(db, releaseNotes);
      writeExternalCodesAndConflicts(db, cb, ids);
      const orderConflicts = recordOrderConflicts(db);
      const src = db.prepare(`INSERT INTO sources (id, repo, commit_sha, path, sha256, license, format, provides, origin)
        VALUES (@id, @repo, @commit, @path, @sha256, @license, @format, @provides, @origin)`);
      for (const s of sources) src.run(s);
      const m = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
      for (const [k, v] of Object.entries(meta)) m.run(k, v);
      for (const x of cb.meta) m.run(`source:${x.source}:${x.key}`, x.value);
      fillSearchIndex(db);
      const boxes = pages.finish(db);
      cb.notes.push(`"Show in PDF" highlight boxes: ${boxes.boxed} of ${boxes.of} links with wording to highlight`);
      cb.notes.push(...releaseNotes, `${releases} releases derived (docs/releases.md)`, `${orderConflicts} release answer lists in another order than the release's printed instrument (conflicts ${ORDER_FIELD})`);
    })();
    finish?.(db);
    db.exec('ANALYZE');
    db.close();
    renameSync(tmp, out);
  } catch (e) {
    pages.close();
    if (db.open) db.close();
    if (existsSync(tmp)) rmSync(tmp, { force: true });
    throw e;
  }
}
