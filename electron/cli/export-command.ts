// `cli export <list name | exported .json list | ATLAS concept set .json> --format csv|xlsx|json|sql|python|r|citation|fhir|redcap|ddi|atlas
// [--out FILE] [--user-data DIR]`: the same exports as the app. Lists are read, never changed.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { exportContext } from '../services/export/context';
import { EXPORT_FORMATS, exportList, type ExportFile, type ExportFormat } from '../services/export/index';
import { writeFileAtomic } from '../services/lists/atomic-file';
import { loadListsFile } from '../services/lists/lists-file';
import { listsFilePath, parseListFile } from '../services/lists/lists-store';
import type { VariableList } from '../services/lists/schema';
import type { Codebook } from '../services/store';
import { UsageError } from './args';

export interface ExportOptions {
  target: string;
  format: string | undefined;
  out: string | undefined;
  userDataDir: string;
  app: { name: string; version: string };
}

/** The user-data folder of the command line: --user-data, else PPI_USER_DATA_DIR, else build/user-data. */
export const cliUserDataDir = (flagValue: string | undefined, projectRoot: string, env = process.env) =>
  resolve(flagValue ?? env.PPI_USER_DATA_DIR ?? join(projectRoot, 'build', 'user-data'));

function findList(db: Codebook, target: string, userDataDir: string, warn: (line: string) => void): VariableList {
  if (target.toLowerCase().endsWith('.json') && existsSync(target)) return parseListFile(db, readFileSync(target, 'utf8'), basename(target));
  const loaded = loadListsFile(listsFilePath(userDataDir), { setAside: false });
  for (const n of loaded.notices) warn(`warning: ${n.kind} ${n.file}: ${n.reason}`);
  const wanted = target.trim().toLowerCase();
  const list = loaded.data.lists.find((l) => l.name.toLowerCase() === wanted || l.id === target);
  if (!list) {
    const names = loaded.data.lists.map((l) => `"${l.name}"`).join(', ') || 'none';
    throw new UsageError(`no variable list "${target}" in ${listsFilePath(userDataDir)} (lists: ${names})`);
  }
  return list;
}

export async function exportCommand(db: Codebook, o: ExportOptions, warn: (line: string) => void): Promise<string | null> {
  if (!o.target) throw new UsageError('export needs a list name or an exported .json file');
  const format = (o.format ?? 'csv') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (format === 'xlsx' && !o.out) throw new UsageError('--format xlsx needs --out FILE');
  const file = await exportList(findList(db, o.target, o.userDataDir, warn), format, exportContext(db, o.app), db);
  return writeExport(file, o.out, warn);
}

/** The file's text on stdout, or written atomically to --out (then nothing on stdout). */
export function writeExport(file: ExportFile, out: string | undefined, warn: (line: string) => void): string | null {
  const bytes = Buffer.from(file.content, file.encoding);
  if (!out) return file.content.replace(/\r?\n$/, '');
  writeFileAtomic(resolve(out), bytes);
  warn(`wrote ${bytes.length} bytes to ${resolve(out)}`);
  return null;
}
