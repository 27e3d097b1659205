// confirm-answer-ids.ts on made-up records: an option's paired answer ID is tied only where another
// file lists that ID under the same question; the pairing file's own word, another question's
// listing or no listing leave the option as it was (its code, no ID), with a note.
import { describe, expect, it } from 'vitest';
import { confirmAnswerIds } from '../../../codebooks/merge/confirm-answer-ids';
import { emptyResult, type ImportResult, type OptionRecord } from '../../../codebooks/model/records';

const grid = (question: number, code: string, id: number): OptionRecord => ({
  question: { conceptId: question },
  answer: { code, conceptId: null },
  label: { en: 'self' },
  labelHereOnly: true,
  answerIdToConfirm: id,
  prov: { source: 'made-up-grid', at: `row ${question}` },
});
const listing = (question: number, answer: number, source: string): OptionRecord => ({ question: { conceptId: question }, answer: { conceptId: answer }, prov: { source, at: 'path' } });

function result(options: OptionRecord[]): ImportResult {
  const r = emptyResult();
  r.options.push(...options);
  return r;
}

describe('confirm answer IDs', () => {
  it('ties the option to the ID another file lists under the question', () => {
    const got = confirmAnswerIds([result([grid(900000001, 'fake_q1_yes', 900000101)]), result([listing(900000001, 900000101, 'made-up-browser')])]);
    expect(got.results[0]!.options[0]).toMatchObject({ answer: { conceptId: 900000101 }, label: { en: 'self' }, labelHereOnly: true });
    expect(got.results[0]!.options[0]!.answer.code).toBeUndefined();
    expect(got.confirmed).toEqual([{ id: 900000101, code: 'fake_q1_yes', prov: { source: 'made-up-grid', at: 'row 900000001' }, by: { source: 'made-up-browser', at: 'path' } }]);
    expect(got.notes).toEqual([]);
  });

  it('leaves it where only the same file, another question or nobody lists the ID', () => {
    const options = [grid(900000002, 'fake_q2_yes', 900000102), listing(900000002, 900000102, 'made-up-grid'), grid(900000003, 'fake_q3_yes', 900000103), grid(900000004, 'fake_q4_yes', 900000104)];
    const got = confirmAnswerIds([result(options), result([listing(900000009, 900000103, 'made-up-browser')])]);
    for (const i of [0, 2, 3]) expect(got.results[0]!.options[i]!.answer).toEqual(options[i]!.answer);
    expect(got.confirmed).toEqual([]);
    expect(got.notes).toHaveLength(3);
  });

  it('leaves out an unconfirmed option whose code is not the answer\'s, and ties a confirmed one', () => {
    const category = (question: number, code: string, id: number): OptionRecord => ({ ...grid(question, code, id), label: undefined, labelHereOnly: undefined, dropUnconfirmed: true });
    const got = confirmAnswerIds([result([category(900000005, 'fake_q5_yes', 900000105), category(900000006, 'fake_q6_yes', 900000106)]), result([listing(900000006, 900000106, 'made-up-browser')])]);
    expect(got.results[0]!.options).toHaveLength(1);
    expect(got.results[0]!.options[0]).toMatchObject({ question: { conceptId: 900000006 }, answer: { conceptId: 900000106 } });
    expect(got.results[0]!.options[0]!.dropUnconfirmed).toBeUndefined();
    expect(got.notes).toEqual([expect.stringMatching(/fake_q5_yes of question 900000005 .* 900000105.*: option left out$/)]);
    expect(got.confirmed.map((c) => c.code)).toEqual(['fake_q6_yes']);
  });
});
