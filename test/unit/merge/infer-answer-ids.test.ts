// Answer concept IDs inferred from one branching rule stated by two sources (one by ID, one by
// code): checked against every answer whose ID the sources do state, and on made-up rules.
import { describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../../codebooks/importers/registry';
import { Identity, type Claim } from '../../../codebooks/merge/identity';
import { inferAnswerIds } from '../../../codebooks/merge/infer-answer-ids';
import { SourceIndex } from '../../../codebooks/merge/sources-index';
import type { BranchRecord, ImportResult } from '../../../codebooks/model/records';
import { loadManifest } from '../../../codebooks/sources/manifest';
import { madeUpEntry } from '../../helpers/made-up-build';
import { realSource } from '../../helpers/sources';

function claimsOf(results: ImportResult[]): Claim[] {
  const out: Claim[] = [];
  for (const r of results) {
    for (const c of r.concepts) if (c.code && c.conceptId != null) out.push({ ref: c, prov: c.prov });
    for (const o of r.options) if (o.answer.code && o.answer.conceptId != null) out.push({ ref: o.answer, prov: o.prov });
  }
  return out;
}

describe('inferring answer concept IDs from branching rules', () => {
  it('agrees with every ID the real sources state', async () => {
    const formats = ['db-survey-metadata', 'db-question-concept', 'redcap-dictionary', 'curation-branching', 'rdr-observation', 'allofus-rda', 'c2f-sheet'];
    const entries = loadManifest().filter((e) => formats.includes(e.format));
    const results: ImportResult[] = [];
    for (const e of entries) results.push(await IMPORTERS[e.format]!(await realSource(e.id)));
    const identity = new Identity(new SourceIndex(loadManifest()), claimsOf(results));
    const checks = inferAnswerIds(results.flatMap((r) => r.branching), identity, true)
      .map((c) => ({ inferred: c.ref.conceptId, stated: identity.idOfCode.get(c.ref.code!.toLowerCase()) }))
      .filter((c) => c.stated !== undefined);
    expect(checks.length).toBeGreaterThan(50);
    expect(checks.filter((c) => c.inferred !== c.stated)).toEqual([]);
  });

  const entries = [{ ...madeUpEntry('made-up-sheet.csv', 'db-survey-metadata'), id: 'ids' }, { ...madeUpEntry('made-up-sheet.csv', 'redcap-dictionary'), id: 'codes' }];
  const index = new SourceIndex(entries);
  const rule = (source: string, answer: BranchRecord['answers'][number], child = 'FakeModule_Q2'): BranchRecord => ({
    child: { code: child }, parent: { code: 'FakeModule_Q1' }, answers: [answer], when: 'shown', prov: { source, at: 'row 2' },
  });

  it('pairs an ID and a code that open the same follow-up, marked inferred', () => {
    const claims = inferAnswerIds([rule('ids', { conceptId: 900000011 }), rule('codes', { code: 'FakeQ1_Yes' })], new Identity(index, []));
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ ref: { code: 'FakeQ1_Yes', conceptId: 900000011 }, inferred: true });
    expect(claims[0]!.prov.at).toMatch(/inferred: the same rule names this answer by code in codes/);
  });

  it('infers nothing when the pairing is ambiguous', () => {
    const rules = [
      rule('ids', { conceptId: 900000011 }),
      rule('codes', { code: 'FakeQ1_Yes' }),
      rule('ids', { conceptId: 900000011 }, 'FakeModule_Q3'),
      rule('codes', { code: 'FakeQ1_Maybe' }, 'FakeModule_Q3'),
    ];
    expect(inferAnswerIds(rules, new Identity(index, []))).toEqual([]);
  });
});
