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
