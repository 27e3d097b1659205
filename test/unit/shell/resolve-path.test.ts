import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInsideRoot } from '../../../electron/security/resolve-path';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'made-up-root-'));
  root = join(base, 'root');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'made-up app.js'), '');
  writeFileSync(join(base, 'secret.txt'), 'outside');
  symlinkSync(join(base, 'secret.txt'), join(root, 'escape.txt'));
  symlinkSync(base, join(root, 'escape-dir'));
  symlinkSync(join(root, 'index.html'), join(root, 'inside-link.html'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveInsideRoot', () => {
  it('resolves files inside the root', () => {
    expect(resolveInsideRoot(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveInsideRoot(root, 'index.html')).toBe(join(root, 'index.html'));
    expect(resolveInsideRoot(root, '/assets/made-up%20app.js')).toBe(join(root, 'assets', 'made-up app.js'));
    expect(resolveInsideRoot(root, '/./assets//made-up app.js')).toBe(join(root, 'assets', 'made-up app.js'));
    expect(resolveInsideRoot(root, '/inside-link.html')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['parent', '/../secret.txt'],
    ['parent in the middle', '/assets/../../secret.txt'],
    ['parent at the end', '/assets/..'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['encoded slash', '/..%2fsecret.txt'],
    ['double encoding', '/%252e%252e/secret.txt'],
    ['backslash', '/..\\secret.txt'],
    ['encoded backslash', '/..%5csecret.txt'],
    ['NUL', '/index.html%00.png'],
    ['raw NUL', '/index.html\u0000'],
    ['absolute path', '//etc/passwd'],
    ['windows drive', '/C:/Windows/win.ini'],
    ['windows drive, encoded', '/C%3A/Windows/win.ini'],
    ['bad escape', '/%E0%A4%A'],
    ['symlinked file escaping', '/escape.txt'],
    ['symlinked folder escaping', '/escape-dir/secret.txt'],
    ['missing file', '/nope.html'],
    ['the root itself', '/'],
    ['empty', ''],
    ['very long', '/' + 'a/'.repeat(600)],
  ])('refuses %s', (_why, path) => {
    expect(resolveInsideRoot(root, path)).toBeNull();
  });

  it('refuses everything when the root does not exist', () => {
    expect(resolveInsideRoot(join(base, 'missing'), '/index.html')).toBeNull();
  });

  it('refuses a non-string path', () => {
    expect(resolveInsideRoot(root, undefined as unknown as string)).toBeNull();
  });
});
