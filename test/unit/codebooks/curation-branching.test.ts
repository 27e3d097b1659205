import { describe, expect, it } from 'vitest';
import { importCurationBranching } from '../../../codebooks/importers/curation/branching';
import { fixtureSource, realEntries, realSource } from '../../helpers/sources';

const fixture = (name: string) => fixtureSource(`curation/${name}`, 'curation-branching', { module: 'fake-module' });

async function expectError(name: string, parts: RegExp[]) {
  const file = fixture(name);
  let message = '';
  try {
    await importCurationBranching(file);
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).toContain(file.name);
  for (const p of parts) expect(message).toMatch(p);
}

describe('importCurationBranching on a made-up file', () => {
  it('groups rows of one rule and maps keep/drop to shown/hidden', async () => {
    const r = await importCurationBranching(fixture('made-up-branching.csv'));
    const q2 = r.branching.find((b) => b.child.code === 'FakeModule_Q2')!;
    expect(q2).toMatchObject({ parent: { code: 'FakeModule_Q1' }, when: 'shown', module: 'fake-module' });
    expect(q2.answers).toEqual([{ code: 'FakeQ1_Yes' }, { code: 'FakeQ1_Maybe' }]);
    expect(q2.prose).toBe('made up, for tests');
    expect(q2.prov.at).toBe('rows 2, 3');
    const q3 = r.branching.find((b) => b.child.code === 'FakeModule_Q3')!;
    expect(q3).toMatchObject({ when: 'hidden', answers: [{ code: 'FakeQ1_No' }], prov: { at: 'row 4' } });
  });

  it('keeps a numeric threshold (keep_gt) as prose, not as an answer', async () => {
    const r = await importCurationBranching(fixture('made-up-branching.csv'));
    const q5 = r.branching.find((b) => b.child.code === 'FakeModule_Q5')!;
    expect(q5).toMatchObject({ when: 'shown', answers: [], prose: 'FakeModule_Q4 > 0', parent: { code: 'FakeModule_Q4' } });
  });

  it('keeps a parentless rule with notes as prose and notes the one without', async () => {
    const r = await importCurationBranching(fixture('made-up-branching.csv'));
    expect(r.branching.find((b) => b.child.code === 'FakeModule_Q6')).toMatchObject({ parent: null, prose: 'Q6 shown only in words' });
    expect(r.branching.find((b) => b.child.code === 'FakeModule_Q7')).toBeUndefined();
    expect(r.notes.join('\n')).toMatch(/row 7: rule for FakeModule_Q7 names no parent/);
    expect(r.branching).toHaveLength(4);
  });

  it('reads a file with a BOM and CRLF line ends', async () => {
    const r = await importCurationBranching(fixture('made-up-branching-bom-crlf.csv'));
    expect(r.branching.map((b) => [b.child.code, b.prov.at])).toEqual([
      ['FakeModule_Q2', 'row 2'],
      ['FakeModule_Q3', 'row 3'],
    ]);
  });
});

describe('importCurationBranching on malformed input', () => {
  it('names row and field of a missing child', () => expectError('made-up-branching-no-child.csv', [/row 3/, /field "child_question"/]));
  it('names row and field of a missing parent', () => expectError('made-up-branching-no-parent.csv', [/row 3/, /field "parent_question"/]));
  it('names the missing header column', () => expectError('made-up-branching-wrong-header.csv', [/row 1/, /field "rule_type"/]));
  it('names an unknown rule type', () => expectError('made-up-branching-bad-rule.csv', [/row 2/, /field "rule_type"/]));
  it('names the field a short row lacks', () => expectError('made-up-branching-short-row.csv', [/row 2/, /field "parent_value"/]));
  // The shared readers locate these by line only: a field cannot be named.
  it('rejects Latin-1 bytes, naming the line', () => expectError('made-up-branching-latin1.csv', [/line 2/, /not UTF-8/]));
  it('rejects a truncated file', () => expectError('made-up-branching-truncated.csv', [/row 2/, /never closed/]));
  it('rejects an empty file', () => expectError('../curation/made-up-empty.csv', [/empty/]));
});

describe('importCurationBranching on the real curation files', () => {
  it('reads lifestyle.csv: Smoking_SmokeFrequency is hidden for three answers', async () => {
    const r = await importCurationBranching(await realSource('curation:lifestyle.csv'));
    // lifestyle.csv lines 2-4: drop,Smoking_SmokeFrequency,Smoking_100CigsLifetime,{100CigsLifetime_No,PMI_PreferNotToAnswer,PMI_DontKnow}
    const rule = r.branching.find((b) => b.child.code === 'Smoking_SmokeFrequency')!;
    expect(rule).toMatchObject({ parent: { code: 'Smoking_100CigsLifetime' }, when: 'hidden', module: 'lifestyle' });
    expect(rule.answers.map((a) => a.code)).toEqual(['100CigsLifetime_No', 'PMI_PreferNotToAnswer', 'PMI_DontKnow']);
    expect(rule.prov).toEqual({ source: 'curation:lifestyle.csv', at: 'rows 2, 3, 4' });
    // 153 data rows in 25 distinct (rule_type, child, parent) groups, all drop.
    expect(r.branching).toHaveLength(25);
  });

  it('reads basics.csv: grouped keep rules, and parentless rows 44-54', async () => {
    const r = await importCurationBranching(await realSource('curation:basics.csv'));
    // basics.csv lines 35-38: keep,Insurance_TypeOfInsurance,Insurance_HealthInsurance,... "Codebook updates for 1/24/20"
    const rule = r.branching.find((b) => b.child.code === 'Insurance_TypeOfInsurance')!;
    expect(rule.answers.map((a) => a.code)).toEqual(['HealthInsurance_Yes', 'PMI_PreferNotToAnswer', 'PMI_DontKnow', 'PMI_Skip']);
    expect(rule).toMatchObject({ when: 'shown', module: 'basics', prose: 'Codebook updates for 1/24/20' });
    // line 44 has notes, lines 45-54 name a child only.
    expect(r.branching.find((b) => b.child.code === 'SecondaryContactInfo_SecondContactsFirstName')?.parent).toBeNull();
    expect(r.notes.filter((n) => n.includes('skipped'))).toHaveLength(10);
  });

  it('reads every ppi_branching file of the manifest', async () => {
    for (const entry of realEntries('curation-branching')) {
      const r = await importCurationBranching(await realSource(entry.id));
      expect(r.branching.length, entry.id).toBeGreaterThan(0);
      expect(r.branching.every((b) => b.module && b.module.length > 0)).toBe(true);
    }
  });
});
