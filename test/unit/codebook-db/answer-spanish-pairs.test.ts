// An answer's Spanish translates the English chosen for it (codebooks/merge/answer-spanish-pairs.ts),
// label-only answers cite the Spanish PDF page their Spanish is printed on (label-options.ts), and a
// branching rule names each answer by its label under the rule's question (answer-ref.ts).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';
import { branchingOf } from '../../../electron/services/item-branching';

const db = openRealDb();
afterAll(() => db.close());
const loose = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

describe("an answer's Spanish", () => {
  it("comes from a record that gives no English or the item's own English", () => {
    const rows = db.prepare(`SELECT i.code, i.text_en, e.value AS other FROM items i
      JOIN provenance s ON s.item_id = i.id AND s.context_id IS NULL AND s.field = 'text.es' AND s.chosen = 1 AND s.value = i.text_es
      JOIN provenance e ON e.item_id = i.id AND e.context_id IS NULL AND e.field = 'text.en' AND e.source = s.source AND e.at IS s.at
      WHERE i.kind = 'answer'`).all() as { code: string; text_en: string; other: string }[];
    const byCode = new Map<string, { en: string; others: Set<string> }>();
    for (const r of rows) {
      const x = byCode.get(r.code) ?? { en: r.text_en, others: new Set<string>() };
      byCode.set(r.code, x);
      x.others.add(loose(r.other));
    }
    const unpaired = [...byCode].filter(([, x]) => !x.others.has(loose(x.en))).map(([code]) => code);
    expect(byCode.size).toBeGreaterThan(500);
    expect(unpaired).toEqual([]);
  });

  it("of the family health history payload stays on its options, and on answers worded as it words them (read from the payload)", async () => {
    const payload = JSON.parse(readFileSync((await realSource('api-payloads:family_history.json')).path, 'utf8'));
    const spanish = (x: { extension?: { extension: { url: string; valueCode?: string; valueString?: string }[] }[] } | undefined) =>
      x?.extension?.find((e) => e.extension.some((p) => p.url === 'lang' && p.valueCode === 'es'))?.extension.find((p) => p.url === 'content')?.valueString;
    let kept = 0;
    for (const q of payload.group.question as { concept: { code: string }[]; option?: { code: string; display: string; _display?: never }[] }[]) {
      for (const o of q.option ?? []) {
        const es = spanish(o._display);
        // A "translation" that is the English left as it was ("Celiac disease") is dropped (spanish-guard.ts).
        if (!es || es.trim() === o.display.trim()) continue;
        const item = db.prepare('SELECT id, text_en, text_es FROM items WHERE code = ?').get(o.code) as { id: number; text_en: string; text_es: string | null } | undefined;
        if (!item) continue;
        // The payload may name the question by an alias of its code (code-aliases.ts).
        const option = db.prepare(`SELECT o.label_es FROM options o JOIN items q ON q.id = o.question_id WHERE o.answer_id = ?
          AND (q.code_lower = lower(?) OR EXISTS (SELECT 1 FROM item_aliases x WHERE x.item_id = q.id AND x.alias_lower = lower(?)))`).get(item.id, q.concept[0]!.code, q.concept[0]!.code) as { label_es: string } | undefined;
        expect({ code: o.code, es: option?.label_es }).toEqual({ code: o.code, es });
        if (loose(item.text_en) === loose(o.display)) {
          // Worded as the payload words it (the Data Browser's "<question> - <answer>" does not
          // outrank it: precedence.ts): the payload's Spanish is the item's.
          expect({ code: o.code, es: item.text_es }).toEqual({ code: o.code, es });
          kept++;
          continue;
        }
        // Worded otherwise in English: the payload's Spanish is not the item's.
        expect({ code: o.code, es: item.text_es === es ? es : 'other' }).toEqual({ code: o.code, es: 'other' });
      }
    }
    expect(kept).toBeGreaterThan(400);
  });
});

describe('label-only answers', () => {
  // The page cited is the question's; its answers may run onto the next page.
  it('cite the Spanish PDF page their Spanish label is printed on, or the page before it (read with pdftotext)', async () => {
    const rows = db.prepare(`SELECT i.id, i.text_es, p.source, p.at FROM items i
      LEFT JOIN provenance p ON p.item_id = i.id AND p.context_id IS NULL AND p.field = 'text.es' AND p.chosen = 1
      WHERE i.concept_class = 'label only' AND i.text_es IS NOT NULL`).all() as { id: number; text_es: string; source: string | null; at: string | null }[];
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => r.source === null).map((r) => r.id)).toEqual([]);
    const paths = new Map<string, string>();
    const missing: string[] = [];
    for (const r of rows) {
      if (!paths.has(r.source!)) paths.set(r.source!, (await realSource(r.source!)).path);
      const page = Number(/^page (\d+)$/.exec(r.at ?? '')?.[1]);
      const text = pdfPages(paths.get(r.source!)!).slice(page - 1, page + 1).flat().map((l) => l.text).join(' ');
      // pdftotext may drop the spaces of a short label ("1o2" where pdf.js reads "1 o 2").
      if (!text.replace(/\s+/g, '').includes(r.text_es.replace(/\s+/g, ''))) missing.push(`${r.source} ${r.at}: ${r.text_es}`);
    }
    expect(missing).toEqual([]);
  });

  it('have the same labels, with their sources, on their options', () => {
    const bare = db.prepare(`SELECT count(*) AS n FROM options o JOIN items a ON a.id = o.answer_id WHERE a.concept_class = 'label only'
      AND NOT EXISTS (SELECT 1 FROM provenance p WHERE p.item_id = a.id AND p.context_id = o.question_id AND p.field = 'option.label.en' AND p.value = o.label_en)`).get() as { n: number };
    expect(bare.n).toBe(0);
  });
});

describe('answers named by a branching rule', () => {
  it("read as the rule's question offers them, English and Spanish from the same option", () => {
    const rules = db.prepare(`SELECT DISTINCT b.child_id FROM branching b WHERE b.parent_id IS NOT NULL`).pluck().all() as number[];
    const label = db.prepare(`SELECT label_en, label_es FROM options o JOIN items a ON a.id = o.answer_id
      WHERE o.question_id = (SELECT id FROM items WHERE code = ? OR concept_id = ? LIMIT 1) AND (a.code = ? OR a.concept_id = ?) AND label_en IS NOT NULL`);
    let checked = 0;
    const wrong: string[] = [];
    for (const child of rules) {
      for (const b of branchingOf(db, child)) {
        for (const a of b.answers) {
          const o = label.get(b.parentCode, b.parentConceptId, a.code, a.conceptId) as { label_en: string; label_es: string | null } | undefined;
          if (!o) continue;
          checked++;
          if (a.text.en !== o.label_en || a.text.es !== o.label_es) wrong.push(`${b.parentCode} → ${a.code}: ${a.text.en} / ${a.text.es}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });
});

// The PFHH payloads word each condition's follow-ups as a template ("…for this condition?", "…esta
// enfermedad?"); the data browser names the condition, and that wording is chosen. The Spanish of
// the template is held back so the Spanish PDF's print of the named question takes its place.
describe("a question's Spanish", () => {
  // Where no Spanish PDF prints the question, the template's Spanish is all there is, and stays.
  it('is not the template\'s "this condition" when the English names the condition and a Spanish PDF prints it', () => {
    const rows = db.prepare(`SELECT DISTINCT i.code FROM items i
      JOIN provenance s ON s.item_id = i.id AND s.context_id IS NULL AND s.field = 'text.es' AND s.chosen = 1 AND s.value = i.text_es
      JOIN provenance e ON e.item_id = i.id AND e.context_id IS NULL AND e.field = 'text.en' AND e.source = s.source AND e.at IS s.at
      WHERE i.kind = 'question' AND lower(i.text_en) NOT LIKE '%this condition%' AND lower(e.value) LIKE '%this condition%'
        AND EXISTS (SELECT 1 FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE p.item_id = i.id AND d.language = 'es')`).pluck().all();
    expect(rows).toEqual([]);
  });

  it('that replaced the template is printed on the cited Spanish PDF page (pdftotext), and the template is kept as a conflict', async () => {
    const rows = db.prepare(`SELECT i.code, i.text_es, s.source, s.at FROM items i
      JOIN provenance s ON s.item_id = i.id AND s.context_id IS NULL AND s.field = 'text.es' AND s.chosen = 1 AND s.value = i.text_es
      WHERE i.kind = 'question' AND s.source LIKE 'pdf:%' AND EXISTS (SELECT 1 FROM conflicts c WHERE c.item_id = i.id AND c.field = 'text.es' AND c.other LIKE '%esta enfermedad%' AND c.chosen = i.text_es)`).all() as { code: string; text_es: string; source: string; at: string }[];
    expect(rows.length).toBeGreaterThan(250);
    const paths = new Map<string, string>();
    const missing: string[] = [];
    for (const r of rows) {
      if (!paths.has(r.source)) paths.set(r.source, (await realSource(r.source)).path);
      const page = Number(/^page (\d+)/.exec(r.at)?.[1]);
      const text = pdfPages(paths.get(r.source)!).slice(page - 1, page + 1).flat().map((l) => l.text).join(' ').replace(/\s+/g, '');
      if (!text.includes(r.text_es.replace(/\s+/g, ''))) missing.push(`${r.code} ${r.source} ${r.at}: ${r.text_es}`);
    }
    expect(missing).toEqual([]);
  });
});
