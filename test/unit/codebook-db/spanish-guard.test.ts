// Spanish that cannot translate its item's English is not shown (codebooks/merge/spanish-guard.ts).
// The Basics payload (api-payloads:basics.json, group.question[33]) gives the insurance question
// a deafness question's Spanish and three insurance types "Sí"/"No"/"Prefiero no contestar": the
// expected mismatch is read from that payload here, and true translations of several modules'
// payloads (read from the same files) must survive exactly.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

interface Q {
  concept?: { code: string }[];
  _text?: Ext;
  option?: { code: string; display: string; _display?: Ext }[];
  question?: Q[];
}
type Ext = { extension: { extension: { url: string; valueCode?: string; valueString?: string }[] }[] };
const spanish = (x?: Ext) => x?.extension.flatMap((e) => e.extension).find((e) => e.url === 'content')?.valueString ?? null;

async function payload(file: string): Promise<Q[]> {
  const src = await realSource(`api-payloads:${file}`);
  const out: Q[] = [];
  const walk = (qs: Q[] = []) => qs.forEach((q) => (out.push(q), walk(q.question)));
  walk((JSON.parse(readFileSync(src.path, 'utf8')) as { group: { question: Q[] } }).group.question);
  return out;
}

const itemEs = (code: string) => (db.prepare('SELECT text_es FROM items WHERE code_lower = lower(?)').get(code) as { text_es: string | null }).text_es;
const optionEs = (question: string, answer: string) =>
  (
    db
      .prepare('SELECT o.label_es FROM options o JOIN items q ON q.id = o.question_id JOIN items a ON a.id = o.answer_id WHERE q.code_lower = lower(?) AND a.code_lower = lower(?)')
      .get(question, answer) as { label_es: string | null }
  ).label_es;
const conflict = (subject: string, other: string) =>
  db.prepare("SELECT other_source FROM conflicts WHERE lower(subject) = lower(?) AND field = 'text.es' AND other = ?").get(subject, other) as { other_source: string } | undefined;

describe('Spanish that is no translation of its English', () => {
  it('is dropped from the Basics insurance question and its three answers, and recorded as a conflict', async () => {
    const basics = await payload('basics.json');
    const q = basics.find((x) => x.concept?.[0]?.code === 'HealthInsurance_InsuranceTypeUpdate')!;
    const wrong = spanish(q._text)!;
    expect(wrong).toMatch(/sordo/); // the payload's mis-pasted deafness question
    expect(itemEs('HealthInsurance_InsuranceTypeUpdate')).not.toBe(wrong);
    expect(conflict('HealthInsurance_InsuranceTypeUpdate', wrong)?.other_source).toBe('api-payloads:basics.json (group.question[33])');
    const bad = ['InsuranceTypeUpdate_EmployerOrUnion', 'InsuranceTypeUpdate_Purchased', 'InsuranceTypeUpdate_Medicare'];
    for (const code of bad) {
      const o = q.option!.find((x) => x.code === code)!;
      const es = spanish(o._display)!;
      expect(itemEs(code)).not.toBe(es);
      expect(optionEs('HealthInsurance_InsuranceTypeUpdate', code)).not.toBe(es);
      expect(conflict(code, es)?.other_source).toMatch(/^api-payloads:basics\.json \(group\.question\[33\]\.option\[\d\]\)$/);
    }
    // The same question's other answers are translated: they keep their Spanish.
    const medicaid = q.option!.find((x) => x.code === 'InsuranceTypeUpdate_Medicaid')!;
    expect(optionEs('HealthInsurance_InsuranceTypeUpdate', 'InsuranceTypeUpdate_Medicaid')).toBe(spanish(medicaid._display));
  });

  it('leaves true translations of several modules exactly as the payloads give them', async () => {
    const cases: [string, string][] = [
      ['basics.json', 'Disability_Deaf'],
      ['lifestyle.json', 'Smoking_100CigsLifetime'],
      ['overall_health.json', 'OverallHealth_GeneralHealth'],
      ['personalmedicalhistory.json', 'MentalHealth_MentalHealthCondition'],
      ['family_history.json', 'FamilyHistory_FamilyMedicalHistoryAware'],
    ];
    for (const [file, code] of cases) {
      const q = (await payload(file)).find((x) => x.concept?.[0]?.code === code);
      expect(q, `${code} in ${file}`).toBeDefined();
      const es = spanish(q!._text);
      expect(es, `${code} has Spanish in ${file}`).toBeTruthy();
      expect(itemEs(code), code).toBe(es);
    }
  });

  it('keeps answers whose Spanish another, related English also has (the guard once flagged these)', async () => {
    const pmh = await payload('personalmedicalhistory.json');
    const cases: [string, RegExp][] = [
      ['MentalHealth_MentalHealthCondition', /_PTSD$/],
      ['SkeletalMuscular_SkeletalMuscularConditions', /_FracturedBrokenBone$/],
    ];
    for (const [question, answer] of cases) {
      const o = pmh.find((x) => x.concept?.[0]?.code === question)!.option!.find((x) => answer.test(x.code))!;
      expect(spanish(o._display), o.code).toBeTruthy();
      expect(optionEs(question, o.code), o.code).toBe(spanish(o._display));
    }
  });

  it('keeps a Spanish the payload pastes over a block of questions only on the one it translates', async () => {
    // The payload gives one Spanish to several Basics disability questions of different English.
    const basics = await payload('basics.json');
    const byEs = new Map<string, Q[]>();
    for (const q of basics) {
      const es = spanish(q._text);
      if (es && q.concept?.[0]?.code) byEs.set(es, [...(byEs.get(es) ?? []), q]);
    }
    // A block: the value is recorded as another question's Spanish on at least one of them.
    const blocks = [...byEs].filter(([es, qs]) => qs.length >= 3 && qs.some((q) => conflict(q.concept![0]!.code, es)));
    expect(blocks.length).toBeGreaterThan(0);
    for (const [es, qs] of blocks) {
      const holders = qs.map((q) => q.concept![0]!.code).filter((code) => itemEs(code) === es);
      expect(holders, es).toHaveLength(1);
      // The others fall back to another source's Spanish, or none, and the pasted value is a conflict.
      for (const code of qs.map((q) => q.concept![0]!.code).filter((c) => !holders.includes(c))) {
        expect(itemEs(code)).not.toBe(es);
        expect(conflict(code, es)?.other_source, code).toMatch(/^api-payloads:basics\.json \(group\.question\[\d+\]\)$/);
      }
    }
  });

  it('drops a short question\'s Spanish that its own payload copied from another question', async () => {
    // The caffeine snap's payload gives its question the temperature snap's Spanish sentence.
    const [caffeine] = await payload('septsnap_caffeine2.json');
    const temperature = (await payload('augustsnap_temperature2.json')).find((q) => spanish(q._text) === spanish(caffeine!._text));
    expect(temperature, 'the same Spanish in the temperature snap').toBeDefined();
    const [code, owner] = [caffeine!.concept![0]!.code, temperature!.concept![0]!.code];
    expect(code).not.toBe(owner);
    const es = spanish(caffeine!._text)!;
    expect(itemEs(code)).not.toBe(es);
    expect(conflict(code, es)?.other_source).toBe('api-payloads:septsnap_caffeine2.json (group.question[0])');
    expect(itemEs(owner)).toBe(es);
  });
});
