// Reads an Athena download (VOCABULARY, CONCEPT, CONCEPT_RELATIONSHIP, CONCEPT_SYNONYM) into a
// new SQLite file, streaming, on two cores: this thread loads VOCABULARY and CONCEPT while a
// second writer (side-load.ts, its own thread and file) builds the word indexes and loads the
// relationships and synonyms; their tables are then copied in and indexed here. Errors come in
// the files' order (VOCABULARY, CONCEPT, then the second writer's), each naming file, line and column.
import Database from 'better-sqlite3';
import { SourceError } from '../../../../codebooks/errors';
import { ImportCancelled, type ImportHooks } from '../progress';
import { copySide } from './copy-side';
import { ATHENA_FILES, locateAthenaFolder, type AthenaFile } from './files';
import { loadFile } from './load-file';
import { STORED_RELATIONSHIPS, type LoadCounts } from './rows';
import { ATHENA_FORMAT, ATHENA_INDEXES, ATHENA_TABLES } from './schema';
import { startSide, type SideThread } from './side-thread';
import { timeStep } from './step-times';

export interface AthenaSummary {
  kind: 'athena';
  folder: string;
  /** VOCABULARY.csv's version of the PPI vocabulary, else of the download ("None" row). */
  version: string | null;
  rows: Record<AthenaFile, number>;
  vocabularies: { id: string; concepts: number }[];
  notes: string[];
  /** Seconds each step took, wall and CPU (this thread's and the second writer's): where an import's time goes. */
  seconds: Record<string, number>;
  cpuSeconds: Record<string, number>;
}

// Share of the progress bar for reading the files (both threads); the rest is copying and indexes.
const READ = 0.9;

export async function importAthena(folder: string, dbPath: string, hooks: ImportHooks, nativeBinding?: string): Promise<AthenaSummary> {
  const found = locateAthenaFolder(folder);
  const { concept, relationship, synonym, vocabulary } = found.files;
  const side = startSide({ files: { concept: concept!, ...(relationship ? { relationship } : {}), ...(synonym ? { synonym } : {}) }, sidePath: `${dbPath}.side`, ...(nativeBinding ? { nativeBinding } : {}) });
  const db = new Database(dbPath, nativeBinding ? { nativeBinding } : {});
  try {
    for (const p of ['journal_mode = OFF', 'synchronous = OFF', 'locking_mode = EXCLUSIVE', 'cache_size = -16384']) db.pragma(p);
    db.exec(ATHENA_TABLES);
    const summary: AthenaSummary = { kind: 'athena', folder: found.folder, version: null, rows: { vocabulary: 0, concept: 0, relationship: 0, synonym: 0 }, vocabularies: [], notes: [], seconds: {}, cpuSeconds: {} };
    if (found.ignored.length) summary.notes.push(`not read (this app does not use them): ${found.ignored.join(', ')}`);
    for (const kind of ['vocabulary', 'concept', 'relationship', 'synonym'] as const) {
      if (!found.files[kind]) summary.notes.push(`${ATHENA_FILES[kind].name} is not in the folder`);
    }
    const total = (vocabulary?.bytes ?? 0) + 2 * concept!.bytes + (relationship?.bytes ?? 0) + (synonym?.bytes ?? 0);
    let mine = 0;
    const report = (step: string, bytes: number, rows: number) => {
      if (hooks.cancelled()) throw new ImportCancelled();
      const s = side.progress();
      hooks.progress({ step, fraction: (READ * (mine + bytes + s.bytes)) / Math.max(1, total), rows: summary.rows.vocabulary + summary.rows.concept + rows + s.rows });
    };
    const counts: LoadCounts = { vocabularies: new Map(), relationshipsStored: 0 };
    for (const [kind, file] of [['vocabulary', vocabulary], ['concept', concept]] as const) {
      if (!file) continue;
      timeStep(summary, file.name, () => (summary.rows[kind] = loadFile(db, kind, file, counts, (bytes, rows) => report(file.name, bytes, rows))));
      mine += file.bytes;
    }
    if (summary.rows.concept === 0) throw new SourceError(concept!.name, null, null, 'the file has a header but no concepts');
    timeStep(summary, ATHENA_INDEXES[0]![0], () => db.exec(ATHENA_INDEXES[0]![1]));
    const t0 = performance.now();
    const fromSide = await waitFor(side, (s) => report(s.step, 0, 0));
    summary.seconds['waiting for the second writer'] = Number(((performance.now() - t0) / 1000).toFixed(2));
    Object.assign(summary.seconds, fromSide.seconds);
    Object.assign(summary.cpuSeconds, fromSide.cpuSeconds);
    summary.rows.relationship = fromSide.rows.relationship;
    summary.rows.synonym = fromSide.rows.synonym;
    hooks.progress({ step: 'indexes', fraction: READ, rows: Object.values(summary.rows).reduce((a, b) => a + b, 0) });
    timeStep(summary, 'copy', () => copySide(db, `${dbPath}.side`));
    for (const [step, sql] of ATHENA_INDEXES.slice(1)) timeStep(summary, step, () => db.exec(sql));
    summary.version = versionOf(db);
    summary.vocabularies = [...counts.vocabularies]
      .filter(([id]) => id !== '')
      .map(([id, concepts]) => ({ id, concepts }))
      .sort((a, b) => b.concepts - a.concepts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (summary.rows.relationship > fromSide.relationshipsStored) {
      summary.notes.push(`${ATHENA_FILES.relationship.name}: ${fromSide.relationshipsStored.toLocaleString('en-US')} of ${summary.rows.relationship.toLocaleString('en-US')} relationships kept (${[...STORED_RELATIONSHIPS].join(', ')}); the others were checked, not stored (this app does not show them)`);
    }
    const put = db.prepare('INSERT INTO meta VALUES (?, ?)');
    put.run('format', ATHENA_FORMAT);
    put.run('summary', JSON.stringify(summary));
    return summary;
  } finally {
    db.close();
    await side.stop();
  }
}



/** Waits for the second writer, reporting its progress (and so noticing a cancel) ten times a second. */
async function waitFor(side: SideThread, tick: (p: ReturnType<SideThread['progress']>) => void): Promise<Awaited<SideThread['result']>> {
  let timer: NodeJS.Timeout | undefined;
  const ticking = new Promise<never>((_resolve, reject) => {
    timer = setInterval(() => {
      try {
        tick(side.progress());
      } catch (e) {
        reject(e);
      }
    }, 100);
  });
  try {
    return await Promise.race([side.result, ticking]);
  } finally {
    clearInterval(timer);
  }
}

function versionOf(db: Database.Database): string | null {
  const row = db
    .prepare(`SELECT vocabulary_version AS v FROM vocabulary WHERE vocabulary_id IN ('PPI', 'None') AND vocabulary_version IS NOT NULL
       ORDER BY vocabulary_id = 'PPI' DESC LIMIT 1`)
    .get() as { v: string } | undefined;
  return row?.v ?? null;
}
