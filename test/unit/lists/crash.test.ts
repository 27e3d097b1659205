// Nothing lost: a writer process saving in a loop is killed (SIGKILL) at random moments, at least
// 100 times; after every kill the service loads a valid list from the main file itself (a load
// that needs the backup fails the test), never an older one than before.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadListsFile, removeStaleTemps } from '../../../electron/services/lists/lists-file';
import { LISTS_FILE_NAME } from '../../../electron/services/lists/schema';
import { useTempDirs } from './helpers/temp-dir';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const WRITER = join(import.meta.dirname, 'helpers', 'crash-writer.ts');
const WORKERS = 4;
const ROUNDS = 30; // 4 x 30 = 120 kills
const tempDir = useTempDirs();
let bundled = '';

// The writer is bundled once to plain JavaScript (esbuild, which Vite and tsx use), so each of the
// 120 processes starts in milliseconds instead of compiling TypeScript again.
beforeAll(() => {
  bundled = join(tempDir(), 'crash-writer.mjs');
  buildSync({ entryPoints: [WRITER], bundle: true, platform: 'node', format: 'esm', outfile: bundled, logLevel: 'silent' });
});

async function killDuringSaves(path: string): Promise<void> {
  const child = spawn(process.execPath, [bundled, path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const exited = once(child, 'exit');
  const ready = once(createInterface({ input: child.stdout! }), 'line');
  await Promise.race([ready, exited.then(() => Promise.reject(new Error(`writer exited early: ${stderr}`)))]);
  await new Promise((r) => setTimeout(r, Math.random() * 60)); // a random moment among the saves
  child.kill('SIGKILL');
  const [code, signal] = await exited;
  expect({ code, signal, stderr }).toEqual({ code: null, signal: 'SIGKILL', stderr: '' });
}

interface Tally {
  kills: number;
  fromMain: number;
  fromBackup: number;
  tempsLeft: number;
}

async function worker(t: Tally): Promise<void> {
  const dir = tempDir();
  const path = join(dir, LISTS_FILE_NAME);
  let last = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await killDuringSaves(path);
    t.kills++;
    t.tempsLeft += readdirSync(dir).filter((f) => f.includes('.tmp-')).length;
    const loaded = loadListsFile(path);
    expect(loaded.from).not.toBe('empty');
    if (loaded.from === 'main') t.fromMain++;
    else t.fromBackup++;
    const n = Number(/^save (\d+)/.exec(loaded.data.lists[0]!.note)?.[1]);
    expect(n).toBeGreaterThanOrEqual(last); // never an older version than the last load found
    last = n;
    removeStaleTemps(path);
  }
}

describe('a writer killed mid-save', () => {
  it(`leaves a valid list every time (${WORKERS * ROUNDS} SIGKILLs)`, async () => {
    const t: Tally = { kills: 0, fromMain: 0, fromBackup: 0, tempsLeft: 0 };
    await Promise.all(Array.from({ length: WORKERS }, () => worker(t)));
    expect(t.kills).toBeGreaterThanOrEqual(100);
    expect(t.fromMain + t.fromBackup).toBe(t.kills);
    expect(t.fromBackup).toBe(0); // the atomic write alone keeps the main file good
    console.log(`crash test: ${t.kills} kills, ${t.fromMain} loads from the main file, ${t.fromBackup} from the backup, ${t.tempsLeft} half-written temporary files found (kills inside a write)`);
  }, 300_000);
});
