// A release's text of a question is its printed wording only: the end of a branching statement
// printed right above it ("2) “No” is selected in response to “…?”, then:", COPE Fall 2021 EN p.5)
// is not part of it. Read with pdftotext, not the importers: every printed line that ends a
// statement ("…, then:") and the wording printed under it, up to its question mark.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realEntries, realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const STATEMENT_END = /\bthen\s*:$/i;

/** Each statement's last printed line and the question wording printed under it (footnote number dropped). */
function statementsAndWordings(lines: { text: string }[]): { statement: string; wording: string }[] {
  const out: { statement: string; wording: string }[] = [];
  lines.forEach((l, i) => {
    if (!STATEMENT_END.test(l.text) || l.text.split(' ').length < 2) return;
    const wording: string[] = [];
    for (const next of lines.slice(i + 1, i + 5)) {
      wording.push(next.text);
      if (/\?\d{0,2}$/.test(next.text)) return out.push({ statement: l.text, wording: squash(wording.join(' ')).replace(/\?\d{1,2}$/, '?') });
    }
  });
  return out;
}

describe('release texts of instrument PDFs hold no branching statement', () => {
  const pdfs = realEntries('instrument-pdf').filter((e) => db.prepare('SELECT 1 FROM release_texts WHERE source = ? LIMIT 1').get(e.id));
  const textsOf = db.prepare('SELECT text FROM release_texts WHERE source = ?').pluck();

  it('finds release texts printed under a statement', async () => {
    let seen = 0;
    const wrong: string[] = [];
    for (const e of pdfs) {
      const texts = (textsOf.all(e.id) as string[]).map(squash);
      for (const page of pdfPages((await realSource(e.id)).path)) {
        for (const { statement, wording } of statementsAndWordings(page)) {
          // The release text that ends with the printed wording is that wording, nothing before it.
          const holding = texts.filter((t) => t.endsWith(wording));
          seen += holding.length;
          for (const t of holding) if (t !== wording) wrong.push(`${e.id}: "${t}" ≠ "${wording}"`);
          for (const t of texts) if (t.includes(statement)) wrong.push(`${e.id}: "${t}" holds "${statement}"`);
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
