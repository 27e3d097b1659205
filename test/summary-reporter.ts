// Prints one closing line "<label>: N passed, N failed, N skipped" and keeps the counts in
// test-results/, so CI can print one total line for every test run of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  constructor(private readonly label: string) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) counts.failed++;
    }
    const dir = join(import.meta.dirname, '..', 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `summary-${this.label}.json`), JSON.stringify(counts));
    process.stdout.write(`\n${this.label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
