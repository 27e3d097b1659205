// A question's Spanish covers what its English covers (codebooks/merge/spanish-scope.ts): where the
// chosen English is the question alone and its Spanish came from a payload that words it with a
// lead-in or a note, in English and Spanish alike, the Spanish is the same part. Read here from the
// raw payloads by JSON path: the FHIR translation extension on `_text`, split by this file's own
// reading of blank lines and lines.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { scopedSpanish } from '../../../codebooks/merge/spanish-scope';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

type Node = Record<string, unknown>;
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const loose = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The payload question coded `code`: its English text and the Spanish of its translation extension. */
async function payloadQuestion(file: string, code: string): Promise<{ en: string; es: string }> {
  const root = JSON.parse(readFileSync((await realSource(`api-payloads:${file}`)).path, 'utf8')) as Node;
  const stack: unknown[] = [root];
  while (stack.length) {
    const n = stack.pop();
    if (Array.isArray(n)) stack.push(...n);
    else if (n && typeof n === 'object') {
      const node = n as Node;
      if ((node.concept as { code?: string }[] | undefined)?.some((c) => c.code === code) && typeof node.text === 'string') {
        const ext = ((node._text as Node | undefined)?.extension ?? []) as Node[];
        const parts = (ext.find((e) => e.url === TRANSLATION)?.extension ?? []) as { url: string; valueCode?: string; valueString?: string }[];
        if (parts.find((p) => p.url === 'lang')?.valueCode === 'es') return { en: node.text, es: parts.find((p) => p.url === 'content')!.valueString! };
      }
      stack.push(...Object.values(node));
    }
  }
  throw new Error(`${code} not in ${file}`);
}

const paragraphs = (t: string) => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const lines = (t: string) => t.split('\n').map((l) => l.trim()).filter(Boolean);

describe("a question's Spanish covers what its English covers", () => {
  // [code, payload, the part that is the question: paragraphs (kept apart by a blank line) or lines]
  const CASES: [string, string, (t: string) => string][] = [
    ['ipaq_1', 'COPE.json', (t) => paragraphs(t).slice(2).join('\n\n')],
    ['cpss_1', 'COPE.json', (t) => paragraphs(t).slice(1).join('\n\n')],
    ['gad_7_1', 'COPE.json', (t) => paragraphs(t).slice(1).join('\n\n')],
    ['lot_r_1', 'COPE.json', (t) => lines(t).slice(1).join('\n')],
    ['copect_63_xx20', 'COPE.json', (t) => paragraphs(t).slice(1).join('\n\n')],
    ['Income_AnnualIncome', 'basics.json', (t) => lines(t).slice(1).join('\n')],
    ['ActiveDuty_AvtiveDutyServeStatus', 'basics.json', (t) => lines(t).slice(0, 1).join('\n')],
  ];
  it.each(CASES)('%s: the Spanish is the part of the payload its English is', async (code, file, part) => {
    const { en, es } = await payloadQuestion(file, code);
    const item = db.prepare('SELECT id, text_en, text_es FROM items WHERE code = ?').get(code) as { id: number; text_en: string; text_es: string };
    expect(loose(item.text_en)).toBe(loose(part(en)));
    expect(item.text_es).toBe(part(es));
    // The whole Spanish, lead-in or note included, is still a fact of that source, not chosen.
    const facts = db.prepare(`SELECT value, chosen FROM provenance WHERE item_id = ? AND context_id IS NULL AND field = 'text.es' AND source = ?`).all(item.id, `api-payloads:${file}`) as { value: string; chosen: number }[];
    expect(facts).toContainEqual({ value: es, chosen: 0 });
    expect(facts).toContainEqual({ value: item.text_es, chosen: 1 });
  });

  it('leaves a Spanish whole where its parts do not pair with the English', () => {
    // Made up: the Spanish has one line where the English has two.
    expect(scopedSpanish('Lead in.\nThe question?', 'Todo en una línea.', 'The question?')).toBeNull();
    // Made up: the chosen English is the whole text, or no run of its parts.
    expect(scopedSpanish('Lead in.\nThe question?', 'Intro.\n¿La pregunta?', 'Lead in. The question?')).toBeNull();
    expect(scopedSpanish('Lead in.\nThe question?', 'Intro.\n¿La pregunta?', 'Another question?')).toBeNull();
    expect(scopedSpanish('Lead in.\nThe question?', 'Intro.\n¿La pregunta?', 'The question')).toEqual({ text: '¿La pregunta?', at: 'lines 2-2 of 2' });
  });
});
