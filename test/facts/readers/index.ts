// Every reader of raw files, by name. Add a reader here and its claims are checked everywhere
// (the conformance test and the data-mutation check).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../../../codebooks/sources/locate';
import type { Claim } from '../claims';
import { aouCodebook } from './allofus';
import { ppiCodeSystem } from './codebook-to-fhir';
import { branchingRules, rdrObservations } from './curation';
import { pfhhAnswers, surveyMetadata } from './data-browser';
import { questionnaires } from './fhir-questionnaires';
import { pdfSources } from './pdf-sources';
import { redcapSample } from './redcap-sample';
import { ppiCriteria } from './workbench';

export const READERS: Record<string, () => Promise<Claim[]>> = {
  'data-browser survey metadata': surveyMetadata,
  'data-browser PFHH answers': pfhhAnswers,
  'codebook-to-fhir ppi.json': ppiCodeSystem,
  'api-payloads FHIR questionnaires': questionnaires,
  'curation branching rules': branchingRules,
  'curation RDR observations': rdrObservations,
  'workbench ppi_criteria': ppiCriteria,
  'instrument PDFs: Sources sections': pdfSources,
  'allofus codebook': aouCodebook,
  'ddharmon-ui REDCap sample': redcapSample,
};

const FACTS_DIR = join(import.meta.dirname, '..');

/** Changes when a pinned raw file (the manifest pins each checksum) or a reader changes. */
function cacheKey(): string {
  const hash = createHash('sha256').update(readFileSync(join(PROJECT_ROOT, 'codebooks', 'sources', 'manifest.json')));
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (name.isDirectory()) walk(join(dir, name.name));
      else if (name.name.endsWith('.ts')) hash.update(readFileSync(join(dir, name.name)));
    }
  };
  walk(join(FACTS_DIR, 'readers'));
  for (const f of ['raw.ts', 'claims.ts']) hash.update(readFileSync(join(FACTS_DIR, f)));
  return hash.digest('hex').slice(0, 16);
}

let cached: Promise<Claim[]> | null = null;

/**
 * Every claim of every reader. Reading the PDFs' Sources pages takes seconds, so the claims are
 * kept in build/ under a key of the manifest and the readers' code, and read again only when
 * either changes.
 */
export function allClaims(): Promise<Claim[]> {
  cached ??= (async () => {
    const file = join(PROJECT_ROOT, 'build', 'fact-claims', `${cacheKey()}.json`);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Claim[];
    const claims = (await Promise.all(Object.values(READERS).map((read) => read()))).flat();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(claims));
    renameSync(`${file}.tmp`, file);
    return claims;
  })();
  return cached;
}
