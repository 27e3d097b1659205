// Where the published schemas are (../shared/standards, read in place, never copied), and xmllint.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../codebooks/paths';

/** $PPI_STANDARDS_DIR, else the shared folder beside the checkout (or beside its worktree folder). */
export function standardsDir(env = process.env): string | null {
  const candidates = [env.PPI_STANDARDS_DIR, resolve(PROJECT_ROOT, '..', 'shared', 'standards'), resolve(PROJECT_ROOT, '..', '..', 'shared', 'standards')];
  return candidates.find((d): d is string => !!d && existsSync(d)) ?? null;
}

export const DDI_SCHEMA = (() => {
  const dir = standardsDir();
  return dir ? join(dir, 'ddi-codebook-2.5.1', 'codebook.xsd') : null;
})();

export const hasXmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;

export function xmllint(...args: string[]) {
  const r = spawnSync('xmllint', args, { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
