// What every export says about where it came from: the app, the codebook date, the sources.
import { aboutData } from '../about';
import type { Codebook } from '../store';

export interface ExportContext {
  appName: string;
  appVersion: string;
  /** The codebook date of the bundled database at export time. */
  codebookAsOf: string | null;
  /** Source repositories and commits (About the data), one per repository and commit. */
  sources: { repo: string; commit: string; date: string | null }[];
  exportedAt: string;
  /** The workspace's CDR dataset as the user gave it (checked by the contract's WorkspaceCdr), else null. */
  workspaceCdr?: string | null;
}

export function exportContext(db: Codebook, app: { name: string; version: string }, exportedAt = new Date().toISOString()): ExportContext {
  const about = aboutData(db);
  const seen = new Map<string, ExportContext['sources'][number]>();
  for (const s of about.sources) seen.set(`${s.repo}@${s.commit}`, { repo: s.repo, commit: s.commit, date: s.date });
  return { appName: app.name, appVersion: app.version, codebookAsOf: about.codebookAsOf, sources: [...seen.values()], exportedAt };
}
