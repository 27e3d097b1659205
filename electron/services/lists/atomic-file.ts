// Writes a file so that a crash at any moment leaves either the old or the new content in place:
// a temporary file in the same folder, fsync, rename over the target, then fsync the folder.
// The file system is a parameter so tests can fail or "crash" every step (test/unit/lists/faults).
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { errorCode, nodeFileSystem, type FileSystem } from './file-system';

export const TEMP_MARK = '.tmp-';

function syncFolder(fs: FileSystem, dir: string): void {
  try {
    const fd = fs.open(dir, 'r');
    try {
      fs.fsync(fd);
    } finally {
      fs.close(fd);
    }
  } catch {
    // Windows cannot open a folder for fsync; its rename is already durable enough there. Elsewhere
    // the new file is in place already: a failed folder sync only weakens durability, not the data.
  }
}

/** Windows may refuse a rename for a moment while a scanner holds the target open. */
function renameWithRetry(fs: FileSystem, from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      return fs.rename(from, to);
    } catch (e) {
      const code = errorCode(e);
      if (attempt >= 5 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * (attempt + 1));
    }
  }
}

export function tempPathFor(path: string): string {
  return join(dirname(path), `${basename(path)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
}

export function writeFileAtomic(path: string, data: string | Uint8Array, fs: FileSystem = nodeFileSystem): void {
  const temp = tempPathFor(path);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = fs.open(temp, 'w');
  try {
    try {
      let written = 0;
      while (written < bytes.length) written += fs.write(fd, bytes, written, bytes.length - written);
      fs.fsync(fd);
    } finally {
      fs.close(fd);
    }
    renameWithRetry(fs, temp, path);
  } catch (e) {
    fs.remove(temp); // whatever failed before the rename, the target is untouched
    throw e;
  }
  syncFolder(fs, dirname(path));
}
