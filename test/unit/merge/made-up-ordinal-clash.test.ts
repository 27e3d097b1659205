// Made-up wordings: a close match that names another ordinal is another question (ordinal-clash.ts).
import { describe, expect, it } from 'vitest';
import { ordinalClash } from '../../../codebooks/merge/ordinal-clash';

describe('ordinalClash', () => {
  it('tells wordings apart by the ordinal they name, English and Spanish', () => {
    expect(ordinalClash('Since your first dose, did you feel ill?', 'Since your second dose, did you feel ill?')).toBe(true);
    expect(ordinalClash('Since your 3rd dose, did you feel ill?', 'Since your 4th dose, did you feel ill?')).toBe(true);
    expect(ordinalClash('¿Desde su primera dosis?', '¿Desde su segunda dosis?')).toBe(true);
    expect(ordinalClash('first and second visit', 'first visit and second one')).toBe(false);
  });

  it('reads an ordinal as its number, in words or figures, English and Spanish', () => {
    expect(ordinalClash('Since your 2nd dose?', 'Since your second dose?')).toBe(false);
    expect(ordinalClash('¿Desde su primer vacuna?', '¿Desde su primera vacuna?')).toBe(false);
    expect(ordinalClash('Since your 1st-dose visit?', 'Since your second dose visit?')).toBe(true);
  });

  it('says nothing when one side names no ordinal, or the same one', () => {
    expect(ordinalClash('Since your dose, did you feel ill?', 'Since your second dose, did you feel ill?')).toBe(false);
    expect(ordinalClash('Since your second dose?', 'Since your SECOND dose, did you feel ill?')).toBe(false);
    expect(ordinalClash('Since your dose?', 'Since the dose?')).toBe(false);
  });
});
