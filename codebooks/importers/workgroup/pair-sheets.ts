// Which English row each Spanish row translates. The Spanish sheets list the English rows in their
// order but not at their row numbers: Healthcare Access's Sheet2 has its header a row higher (its
// row 15 is the English row 16); Sleep splits two English rows in two each; Demographics repeats
// four rows in the middle. Rows are paired by order, in the stretches where both sheets agree.
import type { PrintedQuestionRecord } from '../../model/records';
import { instrumentKey, workgroupInstrumentName } from './source-names';

type Run = { key: string; rows: PrintedQuestionRecord[] };

/** The instruments a row names, as one key ("BRFSS (modified)" and "BRFSS modified" alike). */
const sourceKey = (p: PrintedQuestionRecord) => (p.sourceNames ?? []).map((n) => instrumentKey(workgroupInstrumentName(n))).join('+');

/** Consecutive rows naming the same sources. */
function runs(rows: PrintedQuestionRecord[]): Run[] {
  const out: Run[] = [];
  for (const p of rows) {
    const last = out[out.length - 1];
    if (last && last.key === sourceKey(p)) last.rows.push(p);
    else out.push({ key: sourceKey(p), rows: [p] });
  }
  return out;
}

/**
 * Sets `translates` (the English print's cell) on the Spanish prints of one sheet pair: from the
 * first row on, and from the last row back, as long as both sheets give runs of rows naming the
 * same sources, of the same length; the k-th row of such a run translates the k-th. Rows between
 * (a row added, split or repeated on one side; sources written in Spanish) get nothing.
 */
export function pairSpanishRows(english: PrintedQuestionRecord[], spanish: PrintedQuestionRecord[]): void {
  const [en, es] = [runs(english), runs(spanish)];
  const same = (a: Run, b: Run) => a.key === b.key && a.rows.length === b.rows.length;
  let head = 0;
  while (head < en.length && head < es.length && same(en[head]!, es[head]!)) head++;
  let tail = 0;
  while (tail < en.length - head && tail < es.length - head && same(en[en.length - 1 - tail]!, es[es.length - 1 - tail]!)) tail++;
  const pairs = [...en.slice(0, head).map((r, i) => [r, es[i]!]), ...en.slice(en.length - tail).map((r, i) => [r, es[es.length - tail + i]!])];
  for (const [e, s] of pairs) s!.rows.forEach((p, k) => (p.translates = e!.rows[k]!.prov.at ?? null));
}
