// The 2018 Personal Medical History prints each condition's three follow-ups under the condition
// as a heading ("o Bipolar disorder", then "About how old were you when you were first told you had
// this condition?"), the same words under every condition, several to a page. "Show in PDF" of a
// follow-up highlights its own print: read here with pdftotext, the line its box is on comes after
// the heading of an answer that opens it, with no other answer's heading in between. The pages
// find these prints by the wording the payloads share ("this condition"), where the item's own
// wording ("...bipolar disorder?") is printed nowhere.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { boxedLines, type BoxedLine } from '../../helpers/pdftotext-boxes';
import { rawPath } from '../../facts/raw';

const db = openRealDb();
afterAll(() => db.close());

const fold = (t: string) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/:?\s*\[free text\]\s*$/, '').replace(/[^a-z0-9ñ]+/g, ' ').trim();

interface Link {
  code: string;
  page: number;
  boxes: string;
  item: number;
}

/** The follow-ups' highlighted links in a document, each with the labels of the answers that open it and of the others. */
function followUps(file: string, language: 'en' | 'es'): (Link & { own: Set<string>; all: Set<string> })[] {
  const links = db
    .prepare(`SELECT i.code, i.id AS item, qp.page, qp.boxes FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN document_files f ON f.document_id = qp.document_id
      WHERE f.file = ? AND qp.boxes IS NOT NULL AND EXISTS (SELECT 1 FROM branching b WHERE b.child_id = i.id AND b.shown_when = 'shown' AND b.parent_id IS NOT NULL)`)
    .all(file) as Link[];
  const rules = db.prepare(`SELECT parent_id, answer_ids FROM branching WHERE child_id = ? AND shown_when = 'shown' AND parent_id IS NOT NULL`);
  const labels = db.prepare(`SELECT o.answer_id, coalesce(o.label_${language}, a.text_${language}) AS label FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ?`);
  return links.map((l) => {
    const own = new Set<string>();
    const all = new Set<string>();
    for (const r of rules.all(l.item) as { parent_id: number; answer_ids: string }[]) {
      const opening = new Set(JSON.parse(r.answer_ids) as number[]);
      for (const o of labels.all(r.parent_id) as { answer_id: number; label: string | null }[]) {
        if (!o.label) continue;
        all.add(fold(o.label));
        if (opening.has(o.answer_id)) own.add(fold(o.label));
      }
    }
    return { ...l, own, all };
  });
}

/** The lines in reading order: page by page, top to bottom. */
function ordered(file: string): BoxedLine[] {
  return [...boxedLines(file)].sort((a, b) => a.page - b.page || a.top - b.top || a.left - b.left);
}

/** The answer heading printed last before the line `box` is on ("o Bipolar disorder" -> "bipolar disorder"). */
function headingAbove(lines: BoxedLine[], page: number, box: number[], labels: Set<string>): string | undefined {
  const at = lines.findIndex((l) => l.page === page && Math.abs(l.top - box[1]!) < 5 && Math.abs(l.left - box[0]!) < 40);
  if (at < 0) return undefined;
  for (let i = at - 1; i >= 0; i--) {
    // A heading wrapped onto the next line ("...o el abuso de sustancias: [FREE" / "TEXT]").
    for (const text of [lines[i]!.text, `${lines[i]!.text} ${lines[i + 1]!.text}`].map((t) => fold(t.replace(/^o\s+/, '')))) {
      const label = labelOf(text, labels);
      if (label) return label;
    }
  }
  return undefined;
}

/** The label a heading line prints, whole or with an abbreviation after it ("Distrofia muscular (DM)"). */
function labelOf(text: string, labels: Set<string>): string | undefined {
  if (labels.has(text)) return text;
  const [longest] = [...labels].filter((l) => text.startsWith(`${l} `) && text.slice(l.length).trim().split(' ').length === 1).sort((a, b) => b.length - a.length);
  return longest;
}

describe('a follow-up printed under every condition is highlighted under its own', () => {
  it.each([
    ['Personal_Medical_History.pdf', 'en', 340],
    ['Personal_Medical_History_Survey_English.pdf', 'en', 340],
    ['Personal_Medical_History_Survey_Spanish.pdf', 'es', 400],
  ] as const)('%s: each highlighted follow-up sits under an answer that opens it', async (file, language, least) => {
    const lines = ordered(await rawPath(`pdf:${file}`));
    const links = followUps(file, language);
    expect(links.length).toBeGreaterThanOrEqual(least);
    const wrong: string[] = [];
    for (const l of links) {
      const box = (JSON.parse(l.boxes) as number[][])[0]!;
      const heading = headingAbove(lines, l.page, box, l.all);
      if (!heading || !l.own.has(heading)) wrong.push(`${l.code} p.${l.page}: under "${heading}", opened by ${[...l.own].join(' / ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('bipolar disorder: the age question highlighted on p.38 under "Bipolar disorder", in English and Spanish', async () => {
    for (const [file, page, heading] of [
      ['Personal_Medical_History.pdf', 38, 'bipolar disorder'],
      ['Personal_Medical_History_Survey_Spanish.pdf', 47, 'trastorno bipolar'],
    ] as const) {
      const link = followUps(file, file.includes('Spanish') ? 'es' : 'en').find((l) => l.code === 'MentalHealth_HowOldWereYouBipolar')!;
      expect(link.page).toBe(page);
      const box = (JSON.parse(link.boxes) as number[][])[0]!;
      expect(headingAbove(ordered(await rawPath(`pdf:${file}`)), page, box, link.all)).toBe(heading);
    }
  });
});
