// The walker's rules on real modules: Lifestyle's smoking branch, a multiple-choice parent,
// Back, jumps, progress, and a follow-up whose rule exists only in words.
import { afterAll, describe, expect, it } from 'vitest';
import { surveyPresentation } from '../../../electron/services/presentation';
import { back, choose, current, decide, jump, next, prepareWalk, progress, startWalk, type Walk, type WalkState } from '../../../renderer/src/features/trainer/walker';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

const lifestyle = prepareWalk(surveyPresentation(db, 'lifestyle')!.rows);
const at = (w: Walk, code: string) => w.rows.findIndex((r) => r.code === code);
const codeOf = (w: Walk, s: WalkState) => w.rows[current(s)!]!.code;
const answer = (w: Walk, s: WalkState, code: string) => {
  const k = w.rows[current(s)!]!.answers.findIndex((a) => a.code === code);
  expect(k, code).toBeGreaterThanOrEqual(0);
  return choose(w, s, k);
};

describe('walking Lifestyle', () => {
  // Codes from codebook-to-fhir sheets/Lifestyle.csv (the question and its Yes/No answers) and
  // curation ppi_branching/lifestyle.csv (drop Smoking_SmokeFrequency when 100CigsLifetime_No).
  const cigs = at(lifestyle, 'Smoking_100CigsLifetime');
  const atCigs = () => jump(lifestyle, startWalk(lifestyle), cigs);

  it('starts on the first question and reaches the 100-cigarettes question', () => {
    const s = startWalk(lifestyle);
    expect(current(s)).toBe(cigs);
  });

  it('asks how often after "Yes", skips it after "No"', () => {
    expect(codeOf(lifestyle, next(lifestyle, answer(lifestyle, atCigs(), '100CigsLifetime_Yes')))).toBe('Smoking_SmokeFrequency');
    const no = next(lifestyle, answer(lifestyle, atCigs(), '100CigsLifetime_No'));
    expect(codeOf(lifestyle, no)).not.toBe('Smoking_SmokeFrequency');
    expect(current(no)!).toBeGreaterThan(at(lifestyle, 'Smoking_SmokeFrequency'));
    // The whole smoking branch hangs on that answer: none of its follow-ups is reachable after No.
    const branch = lifestyle.rows.map((r, i) => (r.condition?.parentCode === 'Smoking_100CigsLifetime' ? i : -1)).filter((i) => i >= 0);
    expect(branch.length).toBeGreaterThan(3);
    expect(branch).not.toContain(current(no));
  });

  it('Back returns along the path, and a new answer changes the way forward', () => {
    let s = next(lifestyle, answer(lifestyle, atCigs(), '100CigsLifetime_Yes'));
    s = back(s);
    expect(current(s)).toBe(cigs);
    expect(s.chosen[cigs]).toHaveLength(1); // the answer stays shown
    s = next(lifestyle, answer(lifestyle, s, '100CigsLifetime_No'));
    expect(codeOf(lifestyle, s)).not.toBe('Smoking_SmokeFrequency');
  });

  it('counts progress on the path taken, the total shrinking when a branch closes', () => {
    const before = progress(lifestyle, atCigs());
    const after = progress(lifestyle, next(lifestyle, answer(lifestyle, atCigs(), '100CigsLifetime_No')));
    expect(after.position).toBe(before.position + 1);
    expect(after.total).toBeLessThan(before.total);
  });

  it('a multiple-choice parent opens the follow-up of every chosen answer', () => {
    const q = at(lifestyle, 'RecreationalDrugUse_WhichDrugsUsed');
    let s = jump(lifestyle, startWalk(lifestyle), q);
    s = answer(lifestyle, answer(lifestyle, s, 'WhichDrugsUsed_CocaineUse'), 'WhichDrugsUsed_MarijuanaUse');
    expect(s.chosen[q]).toHaveLength(2);
    const seen: string[] = [];
    for (s = next(lifestyle, s); !s.done; s = next(lifestyle, s)) seen.push(codeOf(lifestyle, s)!);
    expect(seen).toContain('Past3MonthUseFrequency_Cocaine3MonthUse');
    expect(seen).toContain('Past3MonthUseFrequency_Marijuana3MonthUse');
    expect(seen).not.toContain('Past3MonthUseFrequency_Sedative3MonthUse');
  });

  it('answer-like items ("Don\'t Know" checkboxes) are no screens', () => {
    // Smoking_DailySmokeStartingAgeDontKnow is an answer option of Smoking_DailySmokeStartingAge;
    // the FHIR questionnaire's release (lifestyle.json) lists it as an item of its own.
    const questionnaire = prepareWalk(surveyPresentation(db, 'lifestyle', 'lifestyle-q169')!.rows);
    expect(questionnaire.screens[at(questionnaire, 'Smoking_DailySmokeStartingAgeDontKnow')]).toBe(false);
    for (const w of [lifestyle, questionnaire]) expect(w.rows.every((r, i) => !w.screens[i] || r.kind === 'question')).toBe(true);
  });
});

describe('a rule in words only', () => {
  it('is left to the trainer: asked by default, skipped on "no"', () => {
    // The first module (catalog order) with a screen whose rule the walker cannot follow.
    const slug = ['overall-health', 'basics', 'hcau', 'cope'].find((m) => {
      const w = prepareWalk(surveyPresentation(db, m)!.rows);
      return w.rules.some((r, i) => w.screens[i] && r.kind === 'trainer');
    })!;
    const w = prepareWalk(surveyPresentation(db, slug)!.rows);
    const i = w.rules.findIndex((r, k) => w.screens[k] && r.kind === 'trainer');
    const rule = w.rules[i]!;
    expect(rule.kind === 'trainer' && (rule.prose.length > 0 || rule.condition !== null)).toBe(true);
    const s = jump(w, startWalk(w), i);
    expect(current(s)).toBe(i);
    const skipped = decide(w, s, false);
    expect(current(skipped) === i && !skipped.done).toBe(false);
    expect(skipped.applies[i]).toBe(false);
    expect(current(decide(w, s, true))).toBe(i);
  });
});
