// Branching statements printed as paragraphs of their own: "Branching logic: When:" opens one whose
// numbered conditions follow ("1) … AND", "2) …, then:"), and the line ending "then:" closes it,
// even where the question printed under it, at its indent, reads as the same paragraph.

/**
 * How many lines at the head of a question's paragraph are the end of a branching statement: up to
 * the last line that ends "…, then:" (COPE Fall 2021 EN p.5: "2) “No” is selected in response to
 * “…?”, then:" wraps into the question printed right under it, at its indent). 0: none.
 */
export function statementLines(lines: { text: string }[]): number {
  for (let i = lines.length - 2; i >= 0; i--) if (STATEMENT_END.test(lines[i]!.text)) return i + 1;
  return 0;
}
export const STATEMENT_END = /\bthen\s*:\s*$/i;
/** A statement whose conditions follow: "Branching logic: When:". */
export const OPEN_STATEMENT = /\bwhen\s*:\s*$/i;
