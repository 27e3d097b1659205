// `npm run build:codebooks [-- --out FILE] [--partial]`: builds the database and prints the report.
// A missing or unreadable source stops the build unless --partial asks to go on without it.
import { prefetchInstrumentPdfs } from './read/pdf-prefetch';

// The PDFs first: the worker threads read them while this thread loads the rest of the build.
prefetchInstrumentPdfs();
const { buildCodebooks } = await import('./build');
const { defaultDbPath, reportPathFor } = await import('./paths');
const { formatReport } = await import('./report/format');

const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const out = outArg >= 0 && args[outArg + 1] ? args[outArg + 1]! : defaultDbPath();

try {
  const report = await buildCodebooks({ out, allowPartial: args.includes('--partial'), log: (l) => process.stderr.write(l + '\n') });
  process.stdout.write(formatReport(report) + '\n');
  process.stdout.write(`\n→ ${out}\n→ ${reportPathFor(out)}\n`);
} catch (e) {
  process.stderr.write(`build failed: ${(e as Error).message}\nThe previous database (if any) is untouched.\n`);
  process.exit(1);
}
