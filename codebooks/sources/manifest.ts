import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const ManifestEntrySchema = z.object({
  /** Stable id used in provenance: `<repo>[@<commit7>]:<file name>`. */
  id: z.string().min(1),
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  /** Path inside the upstream repository at `commit`. */
  path: z.string().min(1),
  /** Path inside a local copy of the sources (`<owner>__<repo>/[_at_<commit>/]<path>`). */
  local: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  license: z.string(),
  /** Which importer reads it. */
  format: z.string().min(1),
  provides: z.string(),
  module: z.string().optional(),
  language: z.enum(['en', 'es']).optional(),
  edition: z.string().nullable().optional(),
});

export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

const MANIFEST_PATH = join(import.meta.dirname, 'manifest.json');

export function loadManifest(path = MANIFEST_PATH): ManifestEntry[] {
  const parsed = z.array(ManifestEntrySchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: entry ${String(issue.path[0])}, field "${issue.path.slice(1).join('.')}": ${issue.message}`);
  }
  return parsed.data;
}
