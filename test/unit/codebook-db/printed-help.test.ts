// Help text the instruments print under a question, "(Help Text: …)", is each item's help in
// English and Spanish. Read here with pdftotext (test/helpers/pdftotext-flow.ts): every help the
// PDFs print under a question is in the database, on the item whose printed wording is right above.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every "(Help Text: …)" a PDF prints, without the wrapper, joined over wrapped lines. */
async function printedHelp(source: string): Promise<string[]> {
  const lines = pdfPages((await realSource(source)).path).flat().map((l) => l.text);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\(Help Text:/i.test(lines[i]!)) continue;
    let text = lines[i]!;
    for (let j = i + 1; !/\)\s*$/.test(text) && j < lines.length && j < i + 8; j++) text += ` ${lines[j]}`;
    out.push(squash(text.replace(/^\(Help Text:\s*/i, '').replace(/\)\s*$/, '')));
  }
  return out;
}

// [English PDF, Spanish PDF, survey]
const PAIRS: [string, string, string][] = [
  ['pdf:Emotional_Health_History_and_Well-Being.pdf', 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', 'ehhwb'],
  ['pdf:Behavioral_Health_and_Personality.pdf', 'pdf:Behavioral_Health_and_Personality_Spanish.pdf', 'bhp'],
];

describe('help text printed in the instruments', () => {
  it.each(PAIRS)('%s: every printed help is an item\'s, in both languages', async (en, es, slug) => {
    const [helpEn, helpEs] = [await printedHelp(en), await printedHelp(es)];
    expect(helpEn.length).toBeGreaterThanOrEqual(5);
    expect(helpEs.length).toBe(helpEn.length);
    const rows = db
      .prepare(`SELECT i.code, i.help_en, i.help_es FROM items i JOIN modules m ON m.id = i.module_id WHERE m.slug = ? AND (i.help_en IS NOT NULL OR i.help_es IS NOT NULL)`)
      .all(slug) as { code: string; help_en: string | null; help_es: string | null }[];
    expect(rows.map((r) => squash(r.help_en ?? '')).sort()).toEqual([...helpEn].sort());
    expect(rows.map((r) => squash(r.help_es ?? '')).sort()).toEqual([...helpEs].sort());
    // Same position in both prints: the n-th English help and the n-th Spanish help are one item's.
    const pairs = new Set(helpEn.map((h, n) => `${h} | ${helpEs[n]}`));
    for (const r of rows) expect(pairs.has(`${squash(r.help_en ?? '')} | ${squash(r.help_es ?? '')}`), r.code).toBe(true);
  });

  it('ties each help to the question printed right above it (EHHWB p.1, gad7_1; BHP, asrs_3)', () => {
    const help = db.prepare('SELECT help_en FROM items WHERE code = ?').pluck();
    // Emotional_Health_History_and_Well-Being.pdf: "Feeling nervous, anxious, or on edge" then "(Help Text: On edge: …)".
    expect(help.get('gad7_1')).toMatch(/^On edge: /);
    // Behavioral_Health_and_Personality.pdf: "…remembering appointments or obligations?" then "(Help Text: Obligations: …)".
    expect(help.get('asrs_3')).toMatch(/^Obligations: /);
  });
});
