// Only the unit tests of the code StrykerJS mutates: those of the area named by MUTATION_AREA
// (test/mutation/areas.json), or of every area. Used by `npm run test:mutation`.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

type Areas = Record<string, { mutate: string[]; tests: string[] }>;
const areas = JSON.parse(readFileSync(new URL('./test/mutation/areas.json', import.meta.url), 'utf8')) as Areas;
const area = process.env.MUTATION_AREA;

export default defineConfig({
  test: {
    include: area ? areas[area]!.tests : Object.values(areas).flatMap((a) => a.tests),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
