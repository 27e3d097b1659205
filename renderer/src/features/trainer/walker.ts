// Walks a module as a participant would (F10): which question comes next for the answers chosen
// so far, the path taken (for Back), progress, and jumps. Pure: no React, no api, so it is tested
// in Node against the real database. Rows are in instrument order and a follow-up always comes
// after the question it depends on (the outline nests follow-ups under their parent).
import type { PresentationRow } from '../../../../electron/contract/presentation';
import type { Rule } from './walker-rules';

export type { Rule } from './walker-rules';

export interface Walk {
  rows: PresentationRow[];
  /** Whether each row is a screen a participant sees (see screenKinds in walker-rules). */
  screens: boolean[];
  rules: Rule[];
}

export interface WalkState {
  /** Row indexes visited, the current one last. Empty only for a module with no screen. */
  path: number[];
  /** Chosen answer indexes per row (kept after Back, so going forward again shows them). */
  chosen: Record<number, number[]>;
  /** The trainer's word on follow-ups whose rule exists only in prose: false = skip it. */
  applies: Record<number, boolean>;
  /** Past the last question. */
  done: boolean;
}

export { prepareWalk } from './walker-rules';

export const current = (s: WalkState): number | null => (s.path.length ? s.path[s.path.length - 1]! : null);

export function startWalk(walk: Walk): WalkState {
  const s: WalkState = { path: [], chosen: {}, applies: {}, done: false };
  const first = nextAfter(walk, s, -1);
  return first === null ? { ...s, done: true } : { ...s, path: [first] };
}

/**
 * Whether row i is asked on this path. For progress, 'pending' while the question it depends on
 * is still ahead or unanswered; `leaving` (moving on from the current row) settles both.
 */
export function asked(walk: Walk, s: WalkState, i: number, leaving = false): 'yes' | 'no' | 'pending' {
  const rule = walk.rules[i]!;
  const here = current(s) ?? -1;
  if (rule.kind === 'always') return 'yes';
  if (rule.kind === 'trainer') return s.applies[i] === false ? 'no' : 'yes';
  const p = rule.parent;
  if (!s.path.includes(p)) {
    // The question it depends on was skipped (rows before a leaving scan's hit were all skipped).
    if (leaving || p < here || s.done) return 'no';
    const parentAsked = walk.screens[p] ? asked(walk, s, p) : 'no';
    return parentAsked === 'no' ? 'no' : 'pending';
  }
  const picked = s.chosen[p] ?? [];
  if (!leaving && p === here && picked.length === 0) return 'pending';
  const hits = picked.filter((a) => rule.answers.has(a)).length;
  // 'shown': any chosen answer opens it. 'hidden': skipped only when every chosen answer is
  // listed (a multiple-choice parent lists all the other options of a per-option follow-up).
  if (rule.when === 'shown') return hits > 0 ? 'yes' : 'no';
  return picked.length > 0 && hits === picked.length ? 'no' : 'yes';
}

function nextAfter(walk: Walk, s: WalkState, from: number): number | null {
  for (let j = from + 1; j < walk.rows.length; j++) {
    if (walk.screens[j] && asked(walk, s, j, true) === 'yes') return j;
  }
  return null;
}

/** Picks answer a of the current question: single choice replaces, multiple choice toggles. */
export function choose(walk: Walk, s: WalkState, a: number): WalkState {
  const i = current(s);
  if (i === null || s.done) return s;
  const row = walk.rows[i]!;
  if (a < 0 || a >= row.answers.length) return s;
  const before = s.chosen[i] ?? [];
  const after = row.fieldType === 'multiple' ? (before.includes(a) ? before.filter((x) => x !== a) : [...before, a].sort((x, y) => x - y)) : [a];
  return { ...s, chosen: { ...s.chosen, [i]: after } };
}

/** Moves to the next question this path reaches, or past the end. */
export function next(walk: Walk, s: WalkState): WalkState {
  const i = current(s);
  if (i === null || s.done) return s;
  const j = nextAfter(walk, s, i);
  return j === null ? { ...s, done: true } : { ...s, path: [...s.path, j] };
}

export function back(s: WalkState): WalkState {
  if (s.done) return { ...s, done: false };
  return s.path.length > 1 ? { ...s, path: s.path.slice(0, -1) } : s;
}

/** Jumps to any screen: back along the path if it was visited, else onward from here. */
export function jump(walk: Walk, s: WalkState, i: number): WalkState {
  if (!walk.screens[i]) return s;
  const at = s.path.indexOf(i);
  if (at >= 0) return { ...s, done: false, path: s.path.slice(0, at + 1) };
  const path = s.path.filter((p) => p < i);
  return { ...s, done: false, path: [...path, i] };
}

/** The trainer's yes/no on a prose-only follow-up (the current row): no skips it at once. */
export function decide(walk: Walk, s: WalkState, applies: boolean): WalkState {
  const i = current(s);
  if (i === null || walk.rules[i]!.kind !== 'trainer') return s;
  const t = { ...s, applies: { ...s.applies, [i]: applies } };
  if (applies) return t;
  const j = nextAfter(walk, t, i);
  const path = t.path.slice(0, -1);
  if (j !== null) return { ...t, path: [...path, j] };
  return path.length ? { ...t, path, done: true } : { ...t, done: true };
}

/** Position on the path and how many screens this path can reach in all (pending ones counted). */
export function progress(walk: Walk, s: WalkState): { position: number; total: number } {
  const i = current(s) ?? -1;
  let ahead = 0;
  for (let j = i + 1; j < walk.rows.length; j++) if (walk.screens[j] && asked(walk, s, j) !== 'no') ahead++;
  const position = s.done ? s.path.length + 1 : s.path.length;
  return { position: Math.min(position, s.path.length + ahead), total: s.path.length + ahead };
}
