// About the data (F13), shaped for the page: source files grouped by repository, and the build's
// coverage figures as rows. The coverage objects are stored loosely typed (a record), so each
// figure is read defensively: a figure the build did not write is left out, never shown as 0.
import type { AboutData } from '../../../../electron/contract/models';

export type DataSource = AboutData['sources'][number];

export interface RepoGroup {
  repo: string;
  /** The commits of this repository's files (usually one: every file is pinned at the same one). */
  commits: string[];
  licenses: string[];
  files: DataSource[];
}

export function groupByRepository(sources: readonly DataSource[]): RepoGroup[] {
  const groups = new Map<string, RepoGroup>();
  for (const s of sources) {
    const g = groups.get(s.repo) ?? { repo: s.repo, commits: [], licenses: [], files: [] };
    if (!g.commits.includes(s.commit)) g.commits.push(s.commit);
    if (!g.licenses.includes(s.license)) g.licenses.push(s.license);
    g.files.push(s);
    groups.set(s.repo, g);
  }
  const out = [...groups.values()];
  for (const g of out) g.files.sort((a, b) => a.path.localeCompare(b.path));
  return out.sort((a, b) => a.repo.localeCompare(b.repo));
}

export interface Share {
  key: string;
  count: number;
  of: number;
  share: number;
}

function isShare(v: unknown): v is { count: number; of: number; share?: number } {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof o.count === 'number' && typeof o.of === 'number';
}

/** The share-like entries of a coverage record ({count, of, share}), in the order the build wrote them. */
export function shares(coverage: Record<string, unknown> | null): Share[] {
  if (!coverage) return [];
  return Object.entries(coverage).flatMap(([key, v]) =>
    isShare(v) ? [{ key, count: v.count, of: v.of, share: typeof v.share === 'number' ? v.share : v.of ? v.count / v.of : 0 }] : [],
  );
}

/** A short commit, as git shows it. */
export const shortCommit = (commit: string) => commit.slice(0, 7);
