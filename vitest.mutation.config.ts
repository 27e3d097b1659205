// Only the unit tests of the code StrykerJS mutates (stryker.config.json): the security decisions,
// the atomic file write, the FTS query builder and the IPC wrapper. Used by `npm run test:mutation`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/shell/{csp,external-url,navigation,resolve-path,sender,window-options,register}.test.ts',
      'test/unit/lists/{lists-file,atomic-file}.test.ts',
      'test/unit/search/fts-query.test.ts',
    ],
    testTimeout: 60_000,
  },
});
