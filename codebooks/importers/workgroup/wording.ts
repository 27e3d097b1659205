// The wording columns of the workgroup sheets often hold a decision or a change log instead of
// wording ("As is", "Eliminate the question.", "Substituted Prefer not to answer for refused").
// The printed wording is then the nearest earlier column that holds wording.
import { roleText, type Header, type Role, type Sheet } from './read-workbook';

const DECISION =
  /^(as is|keep|eliminate|remove|delete|deleted|add|added|use question as|this question is fine|same as|same wording|no change|no changes|not tested|substituted|rephrased|include help|fixed|removed|reformatted|revert|original response|nih had|n\/?a\b|na\b|see above|change)/i;

/** True when a wording cell records a decision or a change rather than question wording. */
export function isDecision(text: string): boolean {
  return DECISION.test(text.trim());
}

export interface Wording {
  text: string;
  role: Role;
  col: number;
}

/**
 * The first of `order` whose cell holds wording, or null when none does. `skipped` lists the
 * roles passed over because they held a decision, for the notes.
 */
export function pickWording(
  sheet: Sheet,
  header: Header,
  row: number,
  order: readonly Role[],
): { wording: Wording | null; skipped: Role[] } {
  const skipped: Role[] = [];
  for (const role of order) {
    const col = header.cols[role];
    if (col === undefined) continue;
    const text = roleText(sheet, header, row, role);
    if (text === '') continue;
    if (isDecision(text)) {
      skipped.push(role);
      continue;
    }
    return { wording: { text, role, col }, skipped };
  }
  return { wording: null, skipped };
}

/** A line that reads as an answer option: short, not a question, not a note. */
const OPTION_LINE = (l: string) => l.length <= 60 && !/\?\s*$/.test(l) && !/^\*/.test(l);

/**
 * The workgroup cells often list the answer options under the question, one per line ("...entire
 * life?\nYes\nNo\nDon't know/refused"). Returns the question alone: the text up to the first line
 * break after which every remaining line is an option, when the part before ends a sentence. A
 * question wrapped over lines ("...or some other\nplace?") is joined with a space.
 */
export function withoutOptions(cell: string): string {
  const lines = cell.split(/\r?\n/).map((l) => l.trim());
  for (let k = 1; k < lines.length; k++) {
    const head = lines.slice(0, k).filter(Boolean);
    const rest = lines.slice(k).filter(Boolean);
    if (!head.length || rest.length < 2) continue;
    if (/[?:.)]$/.test(head[head.length - 1]!) && rest.every(OPTION_LINE)) return head.join(' ').replace(/\s+/g, ' ').trim();
  }
  return cell.trim();
}
