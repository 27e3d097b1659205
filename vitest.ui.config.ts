// UI tests: the built renderer in Chromium (browser mode) and, where a binary exists, in Electron.
// Run after `npm run build`; one file at a time, since each starts browsers.
import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/summary-reporter';

export default defineConfig({
  test: {
    include: ['test/ui/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', new SummaryReporter('ui')],
    fileParallelism: false,
  },
});
