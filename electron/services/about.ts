// About the data (F13): each source with repository, commit, date, license; the build's figures.
import { COMMIT_DATES } from '../../codebooks/sources/upstreams';
import type { BuildReport } from '../../codebooks/report/report';
import type { AboutData } from '../contract/models';
import { metaValue, storedReport, type Codebook } from './store';

export function aboutData(db: Codebook): AboutData {
  const sources = db
    .prepare('SELECT id, repo, commit_sha AS "commit", path, license, format, provides, origin FROM sources ORDER BY repo, path')
    .all() as Omit<AboutData['sources'][number], 'date'>[];
  const report = storedReport<Partial<Pick<BuildReport, 'partial'>> & { coverage?: Record<string, unknown>; answerCoverage?: Record<string, unknown>; counts?: Record<string, number> }>(db);
  return {
    codebookAsOf: metaValue(db, 'codebook_as_of') || null,
    builtAt: metaValue(db, 'built_at'),
    sources: sources.map((s) => ({ ...s, date: COMMIT_DATES[s.commit] ?? null })),
    coverage: report?.coverage ?? null,
    answerCoverage: report?.answerCoverage ?? null,
    counts: report?.counts ?? null,
    partial: report?.partial ?? null,
  };
}
