// Two PFHH English checklists printed with layout slips are read whole (instrument-pdf-check-all.test.ts
// has the made-up case): the digestive conditions list, whose acid reflux statement carries a bullet
// (p.26), and muscular dystrophy's family members, whose "Select" is printed out of its indent
// (p.56). Read here with pdftotext: the ● answers at the list's indent after the question, deeper
// lines (follow-ups) skipped, up to the section's rule.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());
const EN = 'pdf:Personal_and_Family_Health_History.pdf';
const SLACK = 3;

/** The ● answers at the first answer's indent after the line starting `start` on `page`, to the section's rule (a line of underscores at the margin) or a less indented answer. */
async function checklist(page: number, start: string, pages: number): Promise<string[]> {
  const lines = pdfPages((await realSource(EN)).path).slice(page - 1, page - 1 + pages).flat();
  const at = lines.findIndex((l) => l.text.startsWith(start));
  if (at < 0) throw new Error(`"${start}" is not on page ${page}`);
  const out: string[] = [];
  let indent: number | null = null;
  for (const l of lines.slice(at + 1)) {
    if (/^_{10,}$/.test(l.text) && l.indent === 0) break;
    if (!l.text.startsWith('●') || /^●\s*Branching logic/.test(l.text)) continue;
    indent ??= l.indent;
    // pdftotext lays out each page on its own grid of characters: a level's indent moves by a cell or two.
    if (l.indent < indent - SLACK) break;
    if (Math.abs(l.indent - indent) <= SLACK) out.push(l.text.replace(/^●\s*/, ''));
  }
  return out;
}

const printOf = db.prepare(`SELECT p.text, p.answers, p.page FROM printed_questions p JOIN documents d ON d.id = p.document_id
  JOIN items i ON i.id = p.item_id WHERE d.source = ? AND i.code = ?`);

describe('PFHH checklists printed with layout slips', () => {
  it('DiagnosedHealthCondition_DigestiveCondition: every condition printed at the list\'s indent, p.26 on, not only acid reflux', async () => {
    const printed = await checklist(26, 'Have you or anyone in your family ever been diagnosed with the following digestive', 11);
    expect(printed.length).toBeGreaterThan(15);
    const row = printOf.get(EN, 'DiagnosedHealthCondition_DigestiveCondition') as { answers: string; page: number };
    expect(row.page).toBe(26);
    expect(JSON.parse(row.answers)).toEqual(printed);
  });

  it('NervousCondition_MuscularDystrophy_yes: its question whole, and its family members only', async () => {
    const printed = await checklist(56, 'Including yourself, who in your family has had muscular dystrophy (MD)?', 2);
    expect(printed).toHaveLength(7);
    const row = printOf.get(EN, 'NervousCondition_MuscularDystrophy_yes') as { text: string; answers: string; page: number };
    expect(row.text).toMatch(/^Including yourself, who in your family has had muscular dystrophy \(MD\)\? Select all that apply\.$/);
    expect(JSON.parse(row.answers)).toEqual(printed);
  });
});
