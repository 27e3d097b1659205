// Maps a request path of the app:// protocol (or the browser mode) to a file inside one root
// folder, or null. Refuses traversal (plain or percent-encoded), absolute paths, drive letters,
// backslashes, NUL and symlinks that point outside the root.
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

function decodeOnce(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

export function resolveInsideRoot(root: string, requestPath: string): string | null {
  if (typeof requestPath !== 'string' || requestPath.length > 1024) return null;
  const decoded = decodeOnce(requestPath);
  if (decoded === null) return null;
  // A "%2e%2e" that decodes to ".." once must not become a traversal on a second decode.
  if (/%[0-9a-f]{2}/i.test(decoded)) return null;
  if (/[\u0000-\u001f\\]/.test(decoded) || /^[a-z]:/i.test(decoded.replace(/^\/+/, ''))) return null;
  const parts = decoded.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return null;
  if (parts.length === 0) return null;
  let realRoot: string;
  try {
    realRoot = realpathSync(resolve(root));
  } catch {
    return null;
  }
  const candidate = join(realRoot, ...parts);
  if (!isInside(realRoot, candidate)) return null;
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    return null; // missing files are "not found", never resolved outside
  }
  return isInside(realRoot, real) ? real : null;
}
