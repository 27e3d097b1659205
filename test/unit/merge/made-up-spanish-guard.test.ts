// The Spanish guard's rules on made-up English/Spanish pairs (not facts of any source).
import { describe, expect, it } from 'vitest';
import { SpanishGuard } from '../../../codebooks/merge/spanish-guard';

const pairs: [string, string][] = [
  ['Yes', 'Sí'], ['Yes', 'Sí'], ['No', 'No'], ['No', 'No'],
  ['Are you blind or do you have serious difficulty seeing?', '¿Es usted ciego/a o tiene serias dificultades para ver?'],
  ['Do you have serious difficulty seeing at night?', '¿Tiene serias dificultades para ver de noche?'],
  ['Which kinds of insurance plans cover your household members?', '¿Es usted ciego/a o tiene serias dificultades para ver?'],
  ['Child (0-11)', 'Niño (0-11)'], ['Adult (18-64)', 'Adulto (18-64)'],
  ['Insurance bought from a company by a family member', 'Seguro comprado a una compañía por un familiar'],
];
const guard = new SpanishGuard(pairs);

describe('SpanishGuard (made-up pairs)', () => {
  it("flags another, unrelated item's Spanish and names that item's English", () => {
    const v = guard.judge(pairs[6]![0], pairs[6]![1]);
    expect(v?.why).toBe('elsewhere');
    expect(v?.owner).toBe(pairs[4]![0]);
    expect(guard.judge(pairs[4]![0], pairs[4]![1])).toBeNull();
  });
  it('flags a generic label on a long answer, and numbers that disagree', () => {
    expect(guard.judge(pairs[9]![0], 'Sí')?.why).toBe('elsewhere');
    expect(guard.judge('Senior (65-74)', 'Mayor (75+)')?.why).toBe('numbers');
  });
  it('keeps true translations: short labels, numbers, cognates', () => {
    for (const [en, es] of [pairs[0]!, pairs[7]!, pairs[8]!, pairs[9]!, ['Vandalism', 'Vandalismo'] as [string, string]]) expect(guard.judge(en, es), en).toBeNull();
  });
});
