// Project rules the compiler cannot check: `electron` is imported only by the Electron glue, and
// shell.openExternal is called in one place, behind isSafeExternalUrl.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const files = ['electron', 'renderer', 'codebooks', 'scripts'].flatMap((d) => sources(join(root, d)));
const rel = (f: string) => relative(root, f).split(sep).join('/');

describe('import rules', () => {
  it("imports 'electron' only in electron/main and electron/preload", () => {
    const offenders = files.filter((f) => /from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)/.test(readFileSync(f, 'utf8')));
    expect(offenders.map(rel).filter((f) => !f.startsWith('electron/main/') && !f.startsWith('electron/preload/'))).toEqual([]);
    expect(offenders.length).toBeGreaterThan(0);
  });

  it('calls shell.openExternal only in electron/main/hardening.ts, behind isSafeExternalUrl', () => {
    const callers = files.filter((f) => /openExternal\(/.test(readFileSync(f, 'utf8').replace(/openExternalSafely\(/g, '')));
    expect(callers.map(rel)).toEqual(['electron/main/hardening.ts']);
    expect(readFileSync(join(root, 'electron/main/hardening.ts'), 'utf8')).toMatch(/if \(isSafeExternalUrl\(url\)\) void shell\.openExternal\(url\)/);
  });

  it('the renderer never reaches for ipcRenderer or Node', () => {
    const renderer = files.filter((f) => rel(f).startsWith('renderer/'));
    for (const f of renderer) expect(readFileSync(f, 'utf8'), rel(f)).not.toMatch(/ipcRenderer|from ['"]node:/);
  });
});
