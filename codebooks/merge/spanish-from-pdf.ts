// Spanish wording from the Spanish instrument PDFs, for questions no Spanish source file covers.
// Each Spanish PDF is aligned question by question with the English PDF of the same module and
// edition (sequence alignment on the number of printed answers); an aligned pair whose English
// side is linked to an item gives that item its Spanish text and Spanish answer labels.
import type { Fact } from './choose';
import type { MergedItem } from './items';
import type { MergedOption } from './options';
import type { MergedPrinted } from './provenance-sources';
import { similarity } from './text-match';

/** How close the English PDF's wording must be to the item's English text to borrow its Spanish. */
export const SAME_WORDING = 0.9;

type Doc = { sha: string; module: string; edition: string | null; questions: MergedPrinted[] };

function documents(printed: MergedPrinted[], language: 'en' | 'es'): Doc[] {
  const bySha = new Map<string, Doc>();
  for (const p of printed) {
    if (p.record.language !== language || !p.documentSha || !p.module) continue;
    const doc = bySha.get(p.documentSha) ?? { sha: p.documentSha, module: p.module, edition: null, questions: [] };
    bySha.set(p.documentSha, doc);
    // Byte-identical copies of a document each give the same questions; keep one copy.
    if (doc.questions.length === 0 || doc.questions[0]!.record.prov.source === p.record.prov.source) doc.questions.push(p);
  }
  for (const d of bySha.values()) d.questions.sort((a, b) => a.record.sequence - b.record.sequence);
  return [...bySha.values()];
}

const answersOf = (p: MergedPrinted) => (p.record.answers ?? []).length;

/** Needleman–Wunsch on answer counts: pairs of (english index, spanish index) and the score. */
export function align(en: number[], es: number[]): { pairs: [number, number][]; score: number } {
  const n = en.length;
  const m = es.length;
  const s = Array.from({ length: n + 1 }, (_, i) => Float64Array.from({ length: m + 1 }, (_, j) => -(i + j)));
  const match = (i: number, j: number) => (en[i] === es[j] ? 2 : -1);
  for (let i = 1; i <= n; i++) for (let j = 1; j <= m; j++) s[i]![j] = Math.max(s[i - 1]![j - 1]! + match(i - 1, j - 1), s[i - 1]![j]! - 1, s[i]![j - 1]! - 1);
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    if (s[i]![j] === s[i - 1]![j - 1]! + match(i - 1, j - 1)) {
      if (en[i - 1] === es[j - 1]) pairs.push([i - 1, j - 1]);
      i--, j--;
    } else if (s[i]![j] === s[i - 1]![j]! - 1) i--;
    else j--;
  }
  return { pairs: pairs.reverse(), score: s[n]![m]! / Math.max(1, Math.max(n, m)) };
}

export function spanishFromPdfs(printed: MergedPrinted[], items: Map<string, MergedItem>, options: MergedOption[]): { texts: number; labels: number } {
  const english = documents(printed, 'en');
  let texts = 0;
  let labels = 0;
  for (const es of documents(printed, 'es')) {
    const candidates = english.filter((d) => d.module === es.module);
    let best: { doc: Doc; pairs: [number, number][]; score: number } | null = null;
    for (const en of candidates) {
      const a = align(en.questions.map(answersOf), es.questions.map(answersOf));
      if (!best || a.score > best.score) best = { doc: en, ...a };
    }
    if (!best || best.score < 0.5) continue;
    for (const [i, j] of best.pairs) {
      const enQ = best.doc.questions[i]!;
      const esQ = es.questions[j]!;
      if (!enQ.itemKey) continue;
      if (!esQ.itemKey) [esQ.itemKey, esQ.score, esQ.method] = [enQ.itemKey, enQ.score, 'aligned-with-english-pdf'];
      const item = items.get(enQ.itemKey);
      const at = esQ.record.page != null ? `page ${esQ.record.page}` : null;
      const fact = (field: string, value: string): Fact => ({ field, value, prov: { source: esQ.record.prov.source, at: at ?? undefined }, chosen: true });
      // Only where the English PDF prints this item's own wording: a close but different wording
      // (another edition, a sibling question) would give a translation of something else.
      // The PDF must also be of the item's own survey: a retired survey's edition words it differently.
      const sameWording = !!item?.text.en && item.module === es.module && similarity(enQ.record.text, item.text.en) >= SAME_WORDING;
      if (item && sameWording && !item.text.es && esQ.record.text.trim()) {
        item.text.es = esQ.record.text.trim();
        item.facts.push(fact('text.es', item.text.es));
        texts++;
      }
      if (sameWording) labels += spanishLabels(enQ, esQ, options, fact);
    }
  }
  return { texts, labels };
}

/** Options without a Spanish label take the Spanish PDF's label printed at the same place. */
function spanishLabels(enQ: MergedPrinted, esQ: MergedPrinted, options: MergedOption[], fact: (f: string, v: string) => Fact): number {
  const enAnswers = enQ.record.answers ?? [];
  const esAnswers = esQ.record.answers ?? [];
  if (enAnswers.length !== esAnswers.length) return 0;
  let n = 0;
  for (const o of options) {
    if (o.questionKey !== enQ.itemKey || o.label.es || !o.label.en) continue;
    const at = enAnswers.findIndex((a) => similarity(a, o.label.en!) >= 0.9);
    if (at < 0 || !esAnswers[at]) continue;
    o.label.es = esAnswers[at]!;
    o.facts.push({ ...fact('option.text.es', o.label.es) });
    n++;
  }
  return n;
}
