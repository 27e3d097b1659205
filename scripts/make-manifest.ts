// Maintenance script: regenerates codebooks/sources/manifest.json from a local copy of the
// sources (the folder laid out as <owner>__<repo>/<path>). Run it when a source is added or
// re-pinned: `npx tsx scripts/make-manifest.ts [sources-dir]`. It records paths and checksums,
// never contents.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UPSTREAMS, commitOfAtFolder } from '../codebooks/sources/upstreams';
import { FILE_RULES } from './manifest-rules';
import type { ManifestEntry } from '../codebooks/sources/manifest';

const root = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'codebooks-raw');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const entries: ManifestEntry[] = [];
for (const full of walk(root).sort()) {
  const local = relative(root, full);
  const [folder, ...rest] = local.split('/');
  const upstream = UPSTREAMS.find((u) => u.folder === folder);
  if (!upstream) continue;
  let commit = upstream.commit;
  let path = rest.join('/');
  const at = commitOfAtFolder(rest[0] ?? '');
  if (at) {
    commit = at;
    path = rest.slice(1).join('/');
  }
  const rule = FILE_RULES.find((r) => r.match.test(local));
  if (!rule || rule.skip) continue;
  const bytes = readFileSync(full);
  const meta = rule.meta?.(local) ?? {};
  entries.push({
    id: rule.id(local, at !== null ? commit.slice(0, 7) : null),
    repo: upstream.repo,
    commit,
    path,
    local,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    license: upstream.license,
    format: rule.format,
    provides: rule.provides,
    ...meta,
  });
}

const ids = new Set<string>();
for (const e of entries) {
  if (ids.has(e.id)) throw new Error(`duplicate manifest id ${e.id}`);
  ids.add(e.id);
}
const out = join(import.meta.dirname, '..', 'codebooks', 'sources', 'manifest.json');
writeFileSync(out, JSON.stringify(entries, null, 1) + '\n');
console.log(`${entries.length} files → ${relative(process.cwd(), out)}`);
