// Before `npm start` in a checkout: node_modules/better-sqlite3 is built for Node (the tests and
// the command line use it), and Electron cannot load that build. This fetches better-sqlite3's
// prebuilt binary for this Electron into build/electron-native/ once (network needed the first
// time); the main process passes it as `nativeBinding`. Packaged apps are rebuilt by the builder.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const version = (p: string) => (JSON.parse(readFileSync(require.resolve(`${p}/package.json`), 'utf8')) as { version: string }).version;

const dir = join(root, 'build', 'electron-native');
const target = join(dir, 'better_sqlite3.node');
const stampFile = join(dir, 'stamp.json');
const stamp = JSON.stringify({ electron: version('electron'), betterSqlite3: version('better-sqlite3'), platform: process.platform, arch: process.arch });

if (existsSync(target) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  process.exit(0);
}
const work = join(dir, 'better-sqlite3');
rmSync(dir, { recursive: true, force: true });
const source = dirname(require.resolve('better-sqlite3/package.json'));
// Everything but its Node build, which prebuild-install replaces.
cpSync(source, work, { recursive: true, filter: (src) => relative(source, src).split(sep)[0] !== 'build' });
process.stderr.write(`fetching better-sqlite3 for Electron ${version('electron')} (${process.platform}-${process.arch})\n`);
try {
  const bin = require.resolve('prebuild-install/bin.js');
  execFileSync(process.execPath, [bin, '--runtime', 'electron', '--target', version('electron'), '--arch', process.arch, '--platform', process.platform], {
    cwd: work,
    stdio: 'inherit',
  });
} catch {
  process.stderr.write('could not fetch a prebuilt better-sqlite3 for Electron; try `npx @electron/rebuild -f -w better-sqlite3` in a copy, or see README\n');
  process.exit(1);
}
copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
writeFileSync(stampFile, stamp);
rmSync(work, { recursive: true, force: true });
