// The pieces of issue 16's ranking that work on strings alone, on made-up codes and wordings:
// a code's camel-case words, how much a code prefix says, and Spanish stems paired with English ones.
import { describe, expect, it } from 'vitest';
import { stemWord } from '../../../codebooks/write/search-stems';
import { stemPairs } from '../../../codebooks/write/search-translations';
import { codeWords } from '../../../codebooks/write/search-words';
import { prefixWeight } from '../../../electron/services/search/exact';

describe('code words', () => {
  it('cuts camel-case parts into words, digits apart, and leaves one-word parts alone', () => {
    expect(codeWords('Made_ExercisePreference')).toBe('exercise preference');
    expect(codeWords('Made_100CigsLifetime_yes')).toBe('100 cigs lifetime');
    expect(codeWords('MadeUp_WithTVRemote')).toBe('made up with tv remote');
    expect(codeWords('made_phq9_1')).toBeNull();
    expect(codeWords('MADE_UP_012019')).toBeNull();
    expect(codeWords(null)).toBeNull();
  });
});

describe('code prefix weight', () => {
  it('is 2 where a part of the code ends, 1 inside a word', () => {
    expect(prefixWeight('SmokeMadeUp_EveryDay', 'smoke')).toBe(2);
    expect(prefixWeight('SmokeMadeUp_EveryDay', 'smokemadeup')).toBe(2);
    expect(prefixWeight('SmokelessMadeUp_Yes', 'smoke')).toBe(1);
    expect(prefixWeight('made_9_1', 'made_9')).toBe(2);
    expect(prefixWeight('made9_1', 'made')).toBe(2);
    expect(prefixWeight('made_up', 'made_up')).toBe(2);
  });
});

describe('Spanish stems paired with English stems', () => {
  // Made-up bilingual wordings.
  const made: [string, string][] = [
    ['Do you smoke now?', '¿Fuma usted ahora?'],
    ['Have you ever smoked a cigar?', '¿Alguna vez ha fumado un puro?'],
    ['How old were you when you started to smoke?', '¿Qué edad tenía cuando empezó a fumar?'],
    ['Do you drink coffee now?', '¿Bebe usted café ahora?'],
    ['Did you drink coffee today?', '¿Bebió café hoy?'],
    ['How much coffee do you drink?', '¿Cuánto café bebe?'],
    ['Do you drink tea?', '¿Bebe té?'],
  ];
  const es = (w: string) => stemWord(w, 'es');

  it('pairs a stem seen in enough items beside the same English stem, and no other', () => {
    const pairs = stemPairs(made);
    expect(pairs.get(es('fumar'))).toBe(stemWord('smoking', 'en'));
    expect(pairs.get(es('café'))).toBe(stemWord('coffee', 'en'));
    expect(pairs.get(es('bebió'))).toBe(stemWord('drink', 'en'));
    // Seen once or twice: "puro", "hoy", "ahora", "usted".
    for (const w of ['puro', 'hoy', 'ahora', 'usted']) expect(pairs.has(es(w)), w).toBe(false);
  });
});
