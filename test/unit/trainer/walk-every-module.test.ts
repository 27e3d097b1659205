// Every module of the catalog walked from start to end on the real database, always taking the
// first answer, then always the last: no dead end, never more steps than rows.
import { afterAll, describe, expect, it } from 'vitest';
import { surveyPresentation } from '../../../electron/services/presentation';
import { listSurveys } from '../../../electron/services/surveys';
import { current, next, prepareWalk, startWalk, choose, type Walk, type WalkState } from '../../../renderer/src/features/trainer/walker';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

type Pick = (answers: number) => number[];

function walkThrough(walk: Walk, pick: Pick): { steps: number; visited: number[]; end: WalkState } {
  let s = startWalk(walk);
  let steps = 0;
  while (!s.done) {
    const i = current(s)!;
    expect(walk.screens[i], `stopped on row ${i}, which is no screen`).toBe(true);
    for (const a of pick(walk.rows[i]!.answers.length)) s = choose(walk, s, a);
    const before = s.path.length;
    s = next(walk, s);
    steps++;
    // Leaving is always possible: either a later row or the end.
    if (!s.done) expect(current(s)!).toBeGreaterThan(i);
    else expect(s.path.length).toBe(before);
    if (steps > walk.rows.length) throw new Error('walk longer than the module');
  }
  return { steps, visited: s.path, end: s };
}

const surveys = listSurveys(db);

describe('walking every module', () => {
  it('covers every category of the catalog', () => {
    // Categories as the catalog lists them (modules.category in the built database).
    const categories = new Set(surveys.map((s) => s.category));
    expect(categories.size).toBeGreaterThanOrEqual(3);
  });

  for (const [label, pick] of [
    ['first answer', (n: number) => (n ? [0] : [])],
    ['last answer', (n: number) => (n ? [n - 1] : [])],
  ] as const) {
    it(`reaches the end of each module taking the ${label}`, () => {
      let walked = 0;
      for (const s of surveys) {
        const p = surveyPresentation(db, s.slug)!;
        const walk = prepareWalk(p.rows);
        const { steps, visited } = walkThrough(walk, pick);
        expect(steps, s.slug).toBeLessThanOrEqual(p.rows.length);
        expect(visited.length, s.slug).toBe(steps);
        // A module with any screen shows at least its first one.
        if (walk.screens.some(Boolean)) expect(steps, s.slug).toBeGreaterThan(0);
        walked++;
      }
      expect(walked).toBe(surveys.length);
    });
  }
});
