// The detail page's pure parts: provenance toggles, branching rules grouped across sources, and
// the word diff, on made-up facts.
import { describe, expect, it } from 'vitest';
import { askedWhen, leadsTo, sourceRepo } from '../../../renderer/src/features/detail/branching';
import { useDetailStore } from '../../../renderer/src/features/detail/detail-store';
import { isIdentical, wordDiff } from '../../../renderer/src/features/detail/word-diff';

const rule = (source: string, answerCodes: string[], when: 'shown' | 'hidden' = 'shown', parentCode: string | null = 'MadeUp_Parent') => ({
  parentCode, parentConceptId: null, answerCodes, when, text: null, source,
  answers: answerCodes.map((code) => ({ code, conceptId: null, text: { en: null, es: null } })),
});

describe('detail', () => {
  it('toggles the provenance of a fact', () => {
    const s = useDetailStore.getState();
    s.toggleFact('text.en');
    expect(useDetailStore.getState().isOpen('text.en')).toBe(true);
    useDetailStore.getState().toggleFact('text.en');
    expect(useDetailStore.getState().isOpen('text.en')).toBe(false);
  });

  it('groups the same rule stated by several files, ignoring letter case and answer order', () => {
    const rules = askedWhen({
      branching: [rule('a:x.csv', ['Yes']), rule('b:y.csv', ['yes']), rule('c:z.csv', ['No', 'DK'], 'hidden'), rule('d:w.csv', ['DK', 'No'], 'hidden')],
    });
    expect(rules.map((r) => [r.when, r.sources])).toEqual([
      ['shown', ['a:x.csv', 'b:y.csv']],
      ['hidden', ['c:z.csv', 'd:w.csv']],
    ]);
    // An answer with no code is kept, told apart from others by its concept ID.
    const uncoded = (id: number) => ({ ...rule('e:v.csv', []), answers: [{ code: null, conceptId: id, text: { en: null, es: null } }] });
    const byId = askedWhen({ branching: [uncoded(901), { ...uncoded(901), source: 'f:u.csv' }, uncoded(902)] });
    expect(byId.map((r) => [r.answers.map((a) => a.conceptId), r.sources])).toEqual([
      [[901], ['e:v.csv', 'f:u.csv']],
      [[902], ['e:v.csv']],
    ]);
    const leads = leadsTo({ leadsTo: [{ ...rule('a:x.csv', ['Yes']), childCode: 'MadeUp_Child', childConceptId: 7 }] });
    expect(leads[0]).toMatchObject({ code: 'MadeUp_Child', conceptId: 7 });
    expect(sourceRepo('data-browser@48667b5:survey_metadata.csv')).toBe('data-browser');
  });

  it('diffs words from the original to the All of Us wording', () => {
    const parts = wordDiff('Do/Does you/name now smoke', 'Do you now smoke');
    expect(parts.some((p) => p.kind === 'removed')).toBe(true);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe('Do/Does you/name now smoke');
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Do you now smoke');
    expect(isIdentical(wordDiff('Same words', 'Same words'))).toBe(true);
  });
});
