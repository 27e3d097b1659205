// Read-only handles on the imports in the user-data folder, opened when first asked for and
// closed before an import is replaced or removed (the jobs call release()).
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { ImportInfo } from './schema';
import { importPath, listImports, readImportInfo } from './store';

export interface OpenImport {
  info: ImportInfo;
  db: Database.Database;
}

export class ImportedData {
  private open = new Map<string, OpenImport | null>();
  private listed: ImportInfo[] | null = null;

  constructor(readonly userDataDir: string, readonly nativeBinding?: string) {}

  /** The imports on disk; read once, again after release() (an import added, replaced or removed). */
  list(): ImportInfo[] {
    return (this.listed ??= listImports(this.userDataDir, this.nativeBinding));
  }

  get(id: string): OpenImport | null {
    if (this.open.has(id)) return this.open.get(id)!;
    const path = importPath(this.userDataDir, id);
    const info = existsSync(path) ? readImportInfo(path, this.nativeBinding) : null;
    const opened = info ? { info, db: this.openDb(path) } : null;
    this.open.set(id, opened);
    return opened;
  }

  athena(): OpenImport | null {
    return this.get('athena');
  }

  codebooks(): OpenImport[] {
    return this.list()
      .filter((i) => i.kind === 'codebook')
      .map((i) => this.get(i.id))
      .filter((o): o is OpenImport => o !== null);
  }

  /** Closes the handle on one import (before its file is replaced or removed). */
  release(id: string): void {
    this.open.get(id)?.db.close();
    this.open.delete(id);
    this.listed = null;
  }

  close(): void {
    for (const id of [...this.open.keys()]) this.release(id);
  }

  private openDb(path: string): Database.Database {
    const db = new Database(path, { readonly: true, fileMustExist: true, ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}) });
    db.pragma('query_only = ON');
    return db;
  }
}
