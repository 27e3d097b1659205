// StrykerJS over the critical pure code, one area at a time (test/mutation/areas.json):
// MUTATION_AREA picks the files to mutate and, in vitest.mutation.config.ts, the tests to run,
// so a mutant of a module-level constant (a "static" mutant, which reruns every test) reruns only
// its own area's tests. `npm run test:mutation` (scripts/mutation.ts) runs every area and sums up.
import { readFileSync } from 'node:fs';

const areas = JSON.parse(readFileSync(new URL('./test/mutation/areas.json', import.meta.url), 'utf8'));
const area = process.env.MUTATION_AREA;
if (area && !areas[area]) throw new Error(`MUTATION_AREA=${area}: not one of ${Object.keys(areas).join(', ')}`);
const name = area ?? 'all';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: area ? areas[area].mutate : Object.values(areas).flatMap((a) => a.mutate),
  coverageAnalysis: 'perTest',
  concurrency: 1, // the machine is shared; a run of every area takes minutes
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  // No `incremental`: it kept the "survived" of module-level mutants after new tests killed them.
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
