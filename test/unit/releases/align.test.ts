// English/Spanish alignment of a release on the real database, checked against The Basics' FHIR
// questionnaire (api-payloads questionnaire_payloads/basics.json, version V10.21.19): its
// questions without a Spanish translation extension are flagged, the others carry its Spanish.
import { afterAll, describe, expect, it } from 'vitest';
import { alignment } from '../../../electron/services/releases/align';
import { releaseReport } from '../../../electron/services/releases/report';
import { itemReleases } from '../../../electron/services/releases/item';
import { openRealDb } from '../../helpers/real-db';
import { rawText } from './raw';
import { GENERIC_PROMPT } from '../../facts/claims';

const db = openRealDb();
afterAll(() => db.close());

type Node = { question?: Node[]; group?: Node[]; concept?: { code: string }[]; text?: string; _text?: { extension?: { extension?: { url: string; valueCode?: string; valueString?: string }[] }[] } };

/** Code → Spanish text (null when the question has no translation extension). */
async function basicsSpanish(): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  const walk = (n: Node) => {
    for (const q of n.question ?? []) {
      const parts = (q._text?.extension ?? []).map((e) => e.extension ?? []);
      const es = parts.find((p) => p.some((x) => x.url === 'lang' && x.valueCode === 'es'));
      const content = es?.find((x) => x.url === 'content')?.valueString ?? null;
      // The app's generic prompt under a choice is no translation of a wording.
      if (q.concept?.[0]) out.set(q.concept[0].code, content && !GENERIC_PROMPT.test(content) ? content : null);
      for (const g of q.group ?? []) walk(g);
    }
    for (const g of n.group ?? []) walk(g);
  };
  walk(JSON.parse(await rawText('api-payloads:basics.json')).group);
  return out;
}

const spanish = await basicsSpanish();

describe('English/Spanish alignment', () => {
  const a = alignment(db, 'basics', 'basics-qv10.21.19')!;
  const byCode = new Map(a.rows.map((r) => [r.code, r]));

  it('flags the questions whose Spanish is missing in their release', () => {
    const missing = [...spanish].filter(([, es]) => es === null).map(([c]) => c);
    expect(missing.length).toBeGreaterThan(0);
    for (const code of missing) {
      const row = byCode.get(code);
      if (!row) continue; // an item kind other than question
      expect(row.flags.some((f) => f === 'missing-translation' || f === 'es-from-other-release'), code).toBe(true);
      if (row.es !== null) expect(row.esSource).not.toBe('api-payloads:basics.json');
    }
    expect(missing.filter((c) => byCode.has(c)).length).toBeGreaterThan(0);
  });

  it('gives the release\'s own Spanish where it has one, unflagged', () => {
    let checked = 0;
    for (const [code, es] of spanish) {
      const row = byCode.get(code);
      if (!row || es === null) continue;
      expect(row.es, code).toBe(es);
      expect(row.flags).not.toContain('missing-translation');
      expect(row.flags).not.toContain('es-from-other-release');
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('counts flags per module and the share of questions with a known release', () => {
    const report = releaseReport(db);
    const cope = report.find((r) => r.module === 'cope')!;
    expect(cope.releases).toBe(6);
    expect(cope.known).toBeGreaterThan(0);
    expect(cope.known).toBeLessThanOrEqual(cope.questions);
    const basics = report.find((r) => r.module === 'basics')!;
    expect(basics.defaultRelease).toBe('basics-current');
    expect(Object.values(basics.flags).reduce((s, n) => s + (n ?? 0), 0)).toBeGreaterThan(0);
  });

  it('tells, for a question, the releases that asked it and their wording', () => {
    const id = (db.prepare(`SELECT id FROM items WHERE code = 'EmploymentWorkAddress_State'`).get() as { id: number }).id;
    const list = itemReleases(db, id);
    const q = list.find((r) => r.id === 'basics-qv10.21.19')!;
    expect(q.status).toBe('in');
    expect(q.sources).toContain('api-payloads:basics.json');
    expect(list.every((r) => ['in', 'out', 'unknown'].includes(r.status))).toBe(true);
  });
});
