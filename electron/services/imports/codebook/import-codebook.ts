// A codebook or REDCap data dictionary into its own SQLite file (a user module).
import Database from 'better-sqlite3';
import { ImportCancelled, type ImportHooks } from '../progress';
import { readCodebookFile, type CodebookFormat } from './read-codebook';
import { writeCodebook } from './write-codebook';

export interface CodebookSummary {
  format: CodebookFormat;
  rows: number;
  notes: string[];
}

export async function importCodebook(path: string, partial: string, hooks: ImportHooks, nativeBinding?: string): Promise<CodebookSummary> {
  hooks.progress({ step: 'reading', fraction: 0.1, rows: 0 });
  const { format, records } = await readCodebookFile(path, partial + '.csv');
  if (hooks.cancelled()) throw new ImportCancelled();
  const db = new Database(partial, nativeBinding ? { nativeBinding } : {});
  try {
    const rows = writeCodebook(db, records);
    db.prepare("INSERT INTO meta VALUES ('format', 'codebook-1')").run();
    hooks.progress({ step: 'done', fraction: 1, rows });
    return { format, rows, notes: records.notes };
  } finally {
    db.close();
  }
}
