// Made-up labels: the answers of a select-all list are the terms a Spanish must not swap.
import { describe, expect, it } from 'vitest';
import type { MergedItem } from '../../../codebooks/merge/items';
import type { MergedOption } from '../../../codebooks/merge/options';
import { ContrastTerms } from '../../../codebooks/merge/spanish-contrast';

const question = (key: string, fieldType: string) => [key, { key, kind: 'question', fieldType } as unknown as MergedItem] as const;
const option = (questionKey: string, en: string, es: string) => ({ questionKey, answerKey: `c:${en}`, label: { en, es } }) as unknown as MergedOption;
const fruit = [['Apple', 'Manzana'], ['Pear', 'Pera'], ['Plum', 'Ciruela'], ['Other fruit', 'Otra fruta']] as const;

describe('ContrastTerms (made-up lists)', () => {
  const items = new Map([question('c:fruits', 'multiple'), question('c:scale', 'single')]);
  const options = [...fruit.map(([en, es]) => option('c:fruits', en, es)), option('c:scale', 'Apple', 'Pera')];
  const terms = new ContrastTerms(items, options);

  it('names the other answer a Spanish speaks of', () => {
    expect(terms.otherNamed('Date of apple harvest', 'Fecha de la cosecha de pera')).toBe('pear');
  });

  it('accepts the own term, a text naming none, and a text naming two', () => {
    expect(terms.otherNamed('Date of apple harvest', 'Fecha de la cosecha de manzana')).toBeNull();
    expect(terms.otherNamed('Date of harvest', 'Fecha de la cosecha de pera')).toBeNull();
    expect(terms.otherNamed('Apple or pear', 'Pera o ciruela')).toBeNull();
  });

  it('takes terms from select-all lists only', () => {
    const single = new ContrastTerms(new Map([question('c:fruits', 'single')]), fruit.map(([en, es]) => option('c:fruits', en, es)));
    expect(single.otherNamed('Date of apple harvest', 'Fecha de la cosecha de pera')).toBeNull();
  });
});
