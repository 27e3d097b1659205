// Made-up prints: a reworded print is tied by its original text and answers only where both are
// exactly those of one question's prints in the survey's other editions (tie-by-original-text.ts).
import { describe, expect, it } from 'vitest';
import type { PrintedQuestionRecord } from '../../../codebooks/model/records';
import type { MergedPrinted } from '../../../codebooks/merge/provenance-sources';
import { tieByOriginalText } from '../../../codebooks/merge/tie-by-original-text';

const ORIGINAL = 'Made-up original: I have stayed at home all day.';
const ANSWERS = ['Made-up never', 'Made-up sometimes', 'Made-up always'];

function print(source: string, itemKey: string | null, over: Partial<PrintedQuestionRecord> = {}): MergedPrinted {
  const record: PrintedQuestionRecord = { module: 'made-up', language: 'en', text: `Made-up wording in ${source}`, footnotes: [], originalText: ORIGINAL, answers: ANSWERS, sequence: 1, prov: { source }, ...over };
  return { record, module: 'made-up', documentSha: null, itemKey, score: itemKey ? 1 : null, method: itemKey ? 'text' : null };
}

describe('tieByOriginalText', () => {
  it("ties a reworded print to the one question whose other editions' prints carry its original text and answers", () => {
    const printed = [print('may.pdf', 'c:made_up_1'), print('june.pdf', 'c:made_up_1'), print('nov.pdf', null)];
    tieByOriginalText(printed, () => false);
    expect(printed[2]).toMatchObject({ itemKey: 'c:made_up_1', method: 'original-text' });
  });

  it('leaves it where the original text is two questions\', the answers differ, or its document prints the question already', () => {
    const two = [print('may.pdf', 'c:made_up_1'), print('june.pdf', 'c:made_up_2'), print('nov.pdf', null)];
    const answers = [print('may.pdf', 'c:made_up_1'), print('nov.pdf', null, { answers: ANSWERS.slice(0, 2) })];
    const printedTwice = [print('may.pdf', 'c:made_up_1'), print('nov.pdf', 'c:made_up_1'), print('nov.pdf', null, { sequence: 2 })];
    const twoPrints = [print('may.pdf', 'c:made_up_1'), print('nov.pdf', null), print('nov.pdf', null, { sequence: 2 })];
    for (const printed of [two, answers, printedTwice, twoPrints]) {
      tieByOriginalText(printed, () => false);
      expect(printed.filter((p) => p.method === 'original-text')).toEqual([]);
    }
  });

  it('ties no Spanish print and no print the caller skips', () => {
    const printed = [print('may.pdf', 'c:made_up_1'), print('nov-es.pdf', null, { language: 'es' }), print('nov.pdf', null)];
    tieByOriginalText(printed, (p) => p.record.prov.source === 'nov.pdf');
    expect(printed.map((p) => p.itemKey)).toEqual(['c:made_up_1', null, null]);
  });
});
