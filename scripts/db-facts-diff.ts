// `tsx scripts/db-facts-diff.ts A.sqlite B.sqlite`: compares every table of two codebook databases,
// row by row (rows sorted, so insertion order does not matter). Only what says when and from which
// code the file was built is left out (meta built_at and inputs_hash, the report's times). A change
// meant to make the build faster must print "identical". Exit 1 on any difference.
import Database from 'better-sqlite3';

const VOLATILE_META = new Set(['built_at', 'inputs_hash']);
const VOLATILE_REPORT = ['builtAt', 'buildSeconds'];

function cell(v: unknown): unknown {
  return Buffer.isBuffer(v) ? `x'${v.toString('hex')}'` : v;
}

function row(table: string, r: unknown[], names: string[]): string | null {
  if (table === 'meta') {
    const [key, value] = [r[names.indexOf('key')], r[names.indexOf('value')]];
    if (VOLATILE_META.has(String(key))) return null;
    if (key === 'report') {
      const report = JSON.parse(String(value)) as Record<string, unknown>;
      for (const k of VOLATILE_REPORT) delete report[k];
      return JSON.stringify([key, report]);
    }
  }
  return JSON.stringify(r.map(cell));
}

/** Every table's rows as sorted JSON lines. */
export function dumpTables(path: string): Map<string, string[]> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const out = new Map<string, string[]>();
    for (const t of tables) {
      const stmt = db.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`).raw(true);
      const names = stmt.columns().map((c) => c.name);
      const rows: string[] = [];
      for (const r of stmt.iterate() as Iterable<unknown[]>) {
        const line = row(t, r, names);
        if (line !== null) rows.push(line);
      }
      out.set(t, rows.sort());
    }
    return out;
  } finally {
    db.close();
  }
}

/** Lines of one sorted list missing from the other (a merge walk). */
function missingFrom(a: string[], b: string[]): string[] {
  const gone: string[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x) j++;
    if (j < b.length && b[j] === x) j++;
    else gone.push(x);
  }
  return gone;
}

export function diffDatabases(a: string, b: string): string[] {
  const [da, dbb] = [dumpTables(a), dumpTables(b)];
  const report: string[] = [];
  for (const t of new Set([...da.keys(), ...dbb.keys()])) {
    const [ra, rb] = [da.get(t), dbb.get(t)];
    if (!ra || !rb) {
      report.push(`table ${t}: only in ${ra ? a : b}`);
      continue;
    }
    const [onlyA, onlyB] = [missingFrom(ra, rb), missingFrom(rb, ra)];
    if (onlyA.length + onlyB.length === 0) continue;
    report.push(`table ${t}: ${ra.length} vs ${rb.length} rows, ${onlyA.length} only in A, ${onlyB.length} only in B`);
    for (const l of onlyA.slice(0, 5)) report.push(`  - ${l.slice(0, 300)}`);
    for (const l of onlyB.slice(0, 5)) report.push(`  + ${l.slice(0, 300)}`);
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    process.stderr.write('usage: tsx scripts/db-facts-diff.ts A.sqlite B.sqlite\n');
    process.exit(2);
  }
  const diff = diffDatabases(a, b);
  const tables = dumpTables(a).size;
  process.stdout.write(diff.length === 0 ? `identical: ${tables} tables, every row\n` : diff.join('\n') + '\n');
  process.exit(diff.length === 0 ? 0 : 1);
}
