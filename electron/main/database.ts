// Where the main process finds better-sqlite3 built for Electron: in a checkout, the build in
// node_modules is for Node, so `npm start` prepares an Electron build and this finds it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function electronNativeBinding(projectRoot: string, env = process.env): string | undefined {
  const candidate = env.PPI_ELECTRON_SQLITE_BINDING ?? join(projectRoot, 'build', 'electron-native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
