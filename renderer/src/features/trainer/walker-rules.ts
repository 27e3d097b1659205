// What the walker needs from a module's rows: which rows are screens a participant sees, and for
// each the rule that decides whether it is asked, resolved to row and answer indexes once.
import type { PresentationRow } from '../../../../electron/contract/presentation';
import type { Walk } from './walker';

export type Rule =
  | { kind: 'always' }
  /** A structured condition on an earlier screen's answers (indexes into its answers). */
  | { kind: 'structured'; parent: number; answers: Set<number>; when: 'shown' | 'hidden' }
  /** A rule the walker cannot follow (prose only, or naming a question or answers not on screen): the trainer decides. */
  | { kind: 'trainer'; prose: string[]; condition: PresentationRow['condition'] };

const norm = (t: string | null | undefined) => (t ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

export const hasText = (r: PresentationRow) => norm(r.text.en) !== '' || norm(r.text.es) !== '';

/**
 * A participant sees questions with text, and descriptive items as text screens. Not screens:
 * topics (shown as the section title), items without text, answer-like items (a "Don't Know"
 * checkbox of the old questionnaires: no options of its own, and its code is an answer option of
 * another question), and a
 * record without a code that repeats the wording of an earlier question.
 */
export function screenKinds(rows: PresentationRow[]): boolean[] {
  const answerCodes = new Set(rows.flatMap((r) => r.answers.map((a) => a.code?.toLowerCase()).filter((c): c is string => !!c)));
  const wordings = new Set<string>();
  return rows.map((r) => {
    if (r.kind !== 'question' || !hasText(r)) return false;
    if (r.code && r.answers.length === 0 && answerCodes.has(r.code.toLowerCase())) return false;
    const w = norm(r.text.en) || norm(r.text.es);
    if (!r.code && wordings.has(w)) return false;
    wordings.add(w);
    return true;
  });
}

function resolve(rows: PresentationRow[], screens: boolean[], i: number): Rule {
  const row = rows[i]!;
  const c = row.condition;
  const trainer: Rule = { kind: 'trainer', prose: row.prose, condition: c };
  if (!c) return row.prose.length ? trainer : { kind: 'always' };
  const code = c.parentCode?.toLowerCase();
  let parent = -1;
  for (let j = i - 1; j >= 0 && code; j--) if (rows[j]!.code?.toLowerCase() === code) (parent = j), (j = 0);
  if (parent < 0 || !screens[parent]) return trainer;
  const options = rows[parent]!.answers;
  const answers = new Set<number>();
  for (const want of c.answers) {
    options.forEach((o, k) => {
      const byCode = want.code && o.code && want.code.toLowerCase() === o.code.toLowerCase();
      const byText = !want.code && norm(want.text.en) !== '' && norm(want.text.en) === norm(o.text.en);
      if (byCode || byText) answers.add(k);
    });
  }
  return answers.size ? { kind: 'structured', parent, answers, when: c.when } : trainer;
}

export function prepareWalk(rows: PresentationRow[]): Walk {
  const screens = screenKinds(rows);
  return { rows, screens, rules: rows.map((_, i) => resolve(rows, screens, i)) };
}

/** The title of the topic a row sits in (the nearest topic row above it at a lower depth). */
export function topicOf(rows: PresentationRow[], i: number): PresentationRow | null {
  let depth = rows[i]!.depth;
  for (let j = i - 1; j >= 0; j--) {
    const r = rows[j]!;
    if (r.depth < depth) {
      if (r.kind === 'topic') return r;
      depth = r.depth;
    }
  }
  return null;
}
