// Made-up contents of the allofus package tables, with obviously invented codes and ids.
// test/fixtures/allofus-rda/made-up-aou_codebook.rda is rdaBytes(madeUpCodebook()) compressed with bzip2.
import { chr, dataFrame, dbl, type WValue } from './rda-writer';

export function madeUpCodebook(overrides: Record<string, WValue> = {}): [string, WValue][] {
  const date = (days: (number | null)[]): WValue => ({ t: 'dbl', v: days, attrs: [['class', chr(['Date'])]] });
  return [
    [
      'aou_codebook',
      dataFrame({
        concept_code: chr(['fakemodule_q1', 'fakemodule_q2', 'fakemodule_q3', 'fakemodule_q4']),
        concept_id: dbl([900000001, 900000002, 900000003, null]),
        concept_name: chr(['Fake: Q1', 'Fake: Q2', 'Fake: Q3', 'Fake: Q4']),
        concept_class_id: chr(['Question', 'Question', 'Question', 'Question']),
        field_type: chr(['radio', 'text', 'slider', 'checkbox']),
        field_label: chr(['Fake question one?', 'Fake question two?', 'Fake slider?', 'Fake question four?']),
        choices: chr(['FakeQ1_Yes, Yes | FakeQ1_No, No, not really', null, '0 (None) |  | 10 (Lots)', 'FakeQ4_A, A | PMI_Skip, Skip']),
        standard_concept: chr([null, 'S', 'S', null]),
        valid_start_date: date([0, 1, 2, null]),
        valid_end_date: date([47846, 47846, 47846, 47846]),
        form_name: chr(['COPE (Fakember)', 'COPE (Fakember)', 'Fake Module', null]),
        link: chr(['https://example.org/fake.pdf', null, null, null]),
        ...overrides,
      }),
    ],
  ];
}
