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

// Each refusal above could hold only because the file is missing. Here the file each request
// would reach exists inside the root (POSIX names: ':' and '\' are plain characters there), so
// only the check meant for it refuses it.
describe.skipIf(process.platform === 'win32')('resolveInsideRoot, each check on its own', () => {
  beforeAll(() => {
    mkdirSync(join(root, 'C:', 'Windows'), { recursive: true });
    writeFileSync(join(root, 'C:', 'Windows', 'win.ini'), '');
    mkdirSync(join(root, 'x'));
    writeFileSync(join(root, 'x', ':y'), '');
    for (const name of ['%41.txt', '%4.txt', 'a\\b.txt', 'tab\u0009.txt', '..hidden.txt', 'notes:1.txt', 'undefined', '123']) writeFileSync(join(root, name), '');
  });
  const at = (...p: string[]) => join(root, ...p);

  it.each([
    ['a drive letter', '/C:/Windows/win.ini'],
    ['a drive letter after several slashes', '///C:/Windows/win.ini'],
    ['a drive letter without a slash', 'C:/Windows/win.ini'],
    ['an escape left after decoding once', '/%2541.txt'],
    ['a backslash', '/a\\b.txt'],
    ['a control character', '/tab%09.txt'],
    ['a name starting with two dots', '/..hidden.txt'],
    ['the root as "."', '.'],
    ['the root as "/./"', '/./'],
    ['a path over 1,024 characters', `${'./'.repeat(508)}index.html`],
    ['a number', 123],
    ['undefined', undefined],
  ])('refuses %s although the file exists', (_why, path) => {
    expect(resolveInsideRoot(root, path as string)).toBeNull();
  });

  it('still serves the names those checks must not catch', () => {
    expect(resolveInsideRoot(root, '/x/:y')).toBe(at('x', ':y')); // a colon that is no drive letter
    expect(resolveInsideRoot(root, 'x/:y')).toBe(at('x', ':y'));
    expect(resolveInsideRoot(root, '/notes:1.txt')).toBe(at('notes:1.txt'));
    expect(resolveInsideRoot(root, '/%254.txt')).toBe(at('%4.txt')); // "%4" is no escape
    expect(resolveInsideRoot(root, `${'./'.repeat(507)}index.html`)).toBe(at('index.html')); // 1,024 characters
    expect(`${'./'.repeat(507)}index.html`).toHaveLength(1024);
  });
});
