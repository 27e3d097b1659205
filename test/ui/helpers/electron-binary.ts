// Where Electron's binary is, found the way the `electron` package finds it but without its
// fallback: require('electron') downloads a missing binary, and tests make no network request.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './serve';

export function electronBinary(env = process.env): { path: string | null; reason: string } {
  const pkg = join(PROJECT_ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const exe = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const path = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, exe ?? 'electron') : exe ? join(pkg, 'dist', exe) : null;
  if (!path) return { path: null, reason: 'no Electron binary installed (node_modules/electron/path.txt missing: installed with ELECTRON_SKIP_BINARY_DOWNLOAD)' };
  return existsSync(path) ? { path, reason: '' } : { path: null, reason: `no Electron binary at ${path}` };
}
