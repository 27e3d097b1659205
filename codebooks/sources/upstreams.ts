// The public repositories the sources come from, as recorded in the source folder's SOURCES.md.
// A local folder `<owner>__<repo>/` holds files at `commit`; `_at_<commit>/` sub-folders hold
// files taken from an older commit of the same repository.
export interface Upstream {
  folder: string;
  repo: string;
  commit: string;
  license: string;
}

export const UPSTREAMS: readonly Upstream[] = [
  {
    folder: 'all-of-us-terminology__codebook-to-fhir',
    repo: 'all-of-us-terminology/codebook-to-fhir',
    commit: '38467902d6d1b6d65c85bf01523f4700e7dd37c5',
    license: 'none stated',
  },
  {
    folder: 'all-of-us-terminology__api-payloads',
    repo: 'all-of-us-terminology/api-payloads',
    commit: '3ccb7d17d80463df3c8c6e7750933dd7306383e5',
    license: 'none stated',
  },
  {
    folder: 'all-of-us__data-browser',
    repo: 'all-of-us/data-browser',
    commit: 'c2266b62df2f67a8e3feb2130296103cbf367e35',
    license: 'BSD-3-Clause',
  },
  {
    folder: 'all-of-us__curation',
    repo: 'all-of-us/curation',
    commit: 'f0b2d4ff4becda4f63bd690dcc63dda79605d6c3',
    license: 'MIT',
  },
  {
    folder: 'roux-ohdsi__allofus',
    repo: 'roux-ohdsi/allofus',
    commit: '4a8828b2e13edb4c180f78683a34e36f140bd73c',
    license: 'MIT',
  },
  {
    folder: 'all-of-us__workbench',
    repo: 'all-of-us/workbench',
    commit: '4f3241fc6f913c26f438bd05d3d6658c1c031278',
    license: 'BSD-3-Clause',
  },
  {
    folder: 'Phenome-Health__ddharmon-ui',
    repo: 'Phenome-Health/ddharmon-ui',
    commit: 'd009a9290fe85ed7609fd42449fc99cccdb0a643',
    license: 'none found',
  },
];

/** `_at_<commit>` folder names; the codebook-to-fhir one carries a version prefix. */
export function commitOfAtFolder(name: string): string | null {
  const m = /^_at_(?:v[\d.]+_)?([0-9a-f]{40})$/.exec(name);
  return m ? m[1]! : null;
}

/** Commit dates of the pinned commits, as SOURCES.md gives them (null where it gives none). */
export const COMMIT_DATES: Readonly<Record<string, string>> = {
  '38467902d6d1b6d65c85bf01523f4700e7dd37c5': '2020-08-12',
  d9dce457b3abd10f46cd89140f13cb09d7f87c3e: '2019-04-02',
  '3ccb7d17d80463df3c8c6e7750933dd7306383e5': '2022-09-21',
  c2266b62df2f67a8e3feb2130296103cbf367e35: '2026-08-17',
  '48667b58f7e88daaf66840b4ad339320507f13b3': '2025-02-20',
  '5552db7f5b5235f81945b618a0ddf818d8f38f1c': '2022-08-19',
  f0b2d4ff4becda4f63bd690dcc63dda79605d6c3: '2024-03-26',
  '4a8828b2e13edb4c180f78683a34e36f140bd73c': '2025-04-18',
  '4f3241fc6f913c26f438bd05d3d6658c1c031278': '2019-02-01',
};
