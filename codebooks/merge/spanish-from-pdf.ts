// Spanish wording from the Spanish instrument PDFs, for questions no Spanish source file covers.
// Each Spanish PDF is aligned question by question with the English PDF of the same module and
// edition; the alignment is anchored on what both print alike (number of answers, footnote
// numbers, printed PPI IDs, numbers in the wording, the item's Spanish known from other sources)
// and on the words that translate each other, and it keeps only the pairs it is sure of
// (spanish-align.ts), so a question omitted on one side never shifts its neighbours.
import type { Fact } from './choose';
import { push } from './group';
import type { MergedItem } from './items';
import type { MergedOption } from './options';
import type { MergedPrinted } from './provenance-sources';
import { MIN_MARGIN } from './spanish-align';
import { FOLLOW_UP_PLACE } from './misplaced-follow-ups';
import { alignOnThreads } from './spanish-align-threads';
import { alignQuestion, pairName } from './spanish-doc-align';
import { SubsetLabels } from './spanish-label-subsets';
import { Lexicon } from './spanish-lexicon';
import { itemsOfDocument, ownLabel, printsItem, withoutLeadIn } from './spanish-rows';
import { similarity, words } from './text-match';

export { SAME_WORDING } from './spanish-rows';

type Doc = { sha: string; module: string; questions: MergedPrinted[] };

function documents(printed: MergedPrinted[], language: 'en' | 'es'): Doc[] {
  const bySha = new Map<string, Doc>();
  for (const p of printed) {
    if (p.record.language !== language || !p.documentSha || !p.module) continue;
    const doc = bySha.get(p.documentSha) ?? { sha: p.documentSha, module: p.module, questions: [] };
    bySha.set(p.documentSha, doc);
    // Byte-identical copies of a document each give the same questions; keep one copy.
    if (doc.questions.length === 0 || doc.questions[0]!.record.prov.source === p.record.prov.source) doc.questions.push(p);
  }
  for (const d of bySha.values()) d.questions.sort((a, b) => a.record.sequence - b.record.sequence);
  return [...bySha.values()];
}

/**
 * A Spanish question as printed starts like a sentence and is about as long as the English one:
 * a fragment ("vacuna?") or a paragraph of other text read as the question is no translation.
 */
export function plausible(en: string, es: string): boolean {
  const t = es.trim();
  if (!/^[\p{Lu}¿¡"“«(0-9]/u.test(t)) return false;
  const [a, b] = [en.split(/\s+/).length, t.split(/\s+/).length];
  return (a <= 4 && b <= 6) || (b >= 0.5 * a && b <= 2.2 * a + 2);
}

/** Every item's and option's wording the other sources give in both languages: the lexicon learns from them. */
function lexiconPairs(items: Map<string, MergedItem>, options: MergedOption[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const i of items.values()) if (i.text.en && i.text.es) pairs.push([i.text.en, i.text.es]);
  for (const o of options) if (o.label.en && o.label.es) pairs.push([o.label.en, o.label.es]);
  return pairs;
}

/** Why a question the English PDF prints got no Spanish from the Spanish PDF (the report names each). */
export type SpanishGap = 'workgroup' | 'other-survey' | 'other-edition' | 'unpaired' | 'not-own' | 'implausible' | 'unsure';
const GAP_RANK: Record<SpanishGap, number> = { workgroup: 0, 'other-survey': 1, 'other-edition': 2, unpaired: 3, 'not-own': 4, implausible: 5, unsure: 6 };

/** A Spanish print its English pair re-tied, and the item its wording had tied it to. */
export interface Retied {
  print: MergedPrinted;
  from: string;
}

export function spanishFromPdfs(
  printed: MergedPrinted[],
  items: Map<string, MergedItem>,
  options: MergedOption[],
  order: Map<string, string[]>,
): { texts: number; labels: number; unsure: number; gaps: Map<string, SpanishGap>; retied: Retied[] } {
  const gaps = new Map<string, SpanishGap>();
  const retied: Retied[] = [];
  const aligned = new Set<string>();
  const gap = (key: string, why: SpanishGap) => {
    const had = gaps.get(key);
    if (had === undefined || GAP_RANK[why] > GAP_RANK[had]) gaps.set(key, why);
  };
  const english = documents(printed, 'en').map((d) => ({ ...d, keys: itemsOfDocument(d.questions, d.module, items, order.get(d.module)) }));
  const known = new Map([...items].filter(([, i]) => i.text.es).map(([k, i]) => [k, i.text.es!]));
  const pairs = lexiconPairs(items, options);
  const lexicon = new Lexicon(pairs);
  // Each question's options, in their order: looked up once per aligned pair.
  const optionsOf = new Map<string, MergedOption[]>();
  for (const o of options) push(optionsOf, o.questionKey, o);
  let texts = 0;
  let labels = 0;
  let unsure = 0;
  const subsets = new SubsetLabels();
  const spanishDocs = documents(printed, 'es');
  const candidates = spanishDocs.map((es) => english.filter((d) => d.module === es.module));
  // The costly part, on every core: which English PDF each Spanish PDF translates, and the sure pairs.
  const alignments = alignOnThreads(
    spanishDocs.map((es, k) => ({
      es: { name: pairName(es.questions), questions: es.questions.map((q) => alignQuestion(q, null)) },
      english: candidates[k]!.map((en) => ({ name: pairName(en.questions), questions: en.questions.map((q, i) => alignQuestion(q, known.get(en.keys[i] ?? '') ?? null)) })),
    })),
    pairs,
    lexicon,
  );
  for (const [k, es] of spanishDocs.entries()) {
    const a = alignments[k]!;
    const best = a && { ...a, doc: candidates[k]![a.doc]! };
    if (!best || best.score < 0.5) continue;
    aligned.add(best.doc.sha);
    const esTexts = es.questions.map((q) => q.record.text);
    const paired = new Set(best.pairs.map((p) => p.en));
    // An English question left out shares the doubt of a neighbour whose pairing is unsure (SDOH's scns_3 and scns_4).
    const doubt = new Set(best.pairs.filter((p) => p.margin < MIN_MARGIN).flatMap((p) => [p.en - 1, p.en + 1]));
    best.doc.keys.forEach((k, i) => {
      const item = k ? items.get(k) : undefined;
      if (!k || !item || paired.has(i)) return;
      if (item.module !== es.module) return gap(k, 'other-survey');
      gap(k, !printsItem(best.doc.questions[i]!.record.text, item) ? 'not-own' : doubt.has(i) ? 'unsure' : 'unpaired');
    });
    for (const p of best.pairs) {
      const enQ = best.doc.questions[p.en]!;
      const esQ = es.questions[p.es]!;
      const key = best.doc.keys[p.en];
      if (!key) continue;
      const item = items.get(key);
      // Only where the English PDF prints this item's own wording (or a grid row of it): a close
      // but different wording (another edition, a sibling question) would give a translation of
      // something else. The item must be of the PDF's own survey (a retired survey words it differently).
      if (!item) continue;
      // The Spanish print of an English print tied to the item is the item's print (its page), where
      // its words cannot give the item text (tiePrint); a pair worded far apart ("Por favor,
      // especifique." for "What factors might make you less likely…?") is no pair.
      const tiePrint = () => p.margin >= MIN_MARGIN && !esQ.itemKey && plausible(enQ.record.text, esQ.record.text) && ([esQ.itemKey, esQ.score, esQ.method] = [key, null, 'aligned-with-english-pdf']);
      if (item.module !== es.module) {
        // Another survey's item (the 2019 family history prints PFHH's "…_yes" questions): its print still.
        tiePrint();
        gap(key, 'other-survey');
        continue;
      }
      // A follow-up printed in its place with another follow-up's wording (misplaced-follow-ups.ts):
      // its Spanish print and answers are the item's, its wording no translation of the item's own.
      const ownWording = printsItem(enQ.record.text, item);
      if (!ownWording && enQ.method !== FOLLOW_UP_PLACE) {
        // A rewording tied by its original text (tie-by-original-text.ts), or another edition's
        // wording tied by its words: the Spanish print is the same question, but its words
        // translate the print's, so they give the item no text.
        tiePrint();
        gap(key, 'not-own');
        continue;
      }
      if (p.margin < MIN_MARGIN) {
        if (!item.text.es) unsure++;
        gap(key, 'unsure');
        continue;
      }
      // A Spanish print tied by a close, not exact, wording ("Cuándo fue la última vez que lo usó?"
      // to the smoking question's "…lo consumió?") is the item its sure English pair prints.
      if (esQ.itemKey && esQ.itemKey !== key && esQ.method === 'text' && (esQ.score ?? 1) < 1) {
        retied.push({ print: esQ, from: esQ.itemKey });
        esQ.itemKey = null;
      }
      if (!esQ.itemKey) [esQ.itemKey, esQ.score, esQ.method] = [key, enQ.score, 'aligned-with-english-pdf'];
      const at = esQ.record.page != null ? `page ${esQ.record.page}` : null;
      const fact = (field: string, value: string): Fact => ({ field, value, prov: { source: esQ.record.prov.source, at: at ?? undefined }, chosen: true });
      // A grid prints the English row alone ("Feel irritated…") where the Spanish prints the stem too.
      if (!ownWording) gap(key, 'not-own');
      else if (!item.text.es && (plausible(enQ.record.text, esQ.record.text) || plausible(item.text.en ?? '', esQ.record.text))) {
        item.text.es = withoutLeadIn(enQ.record.text, item.text.en ?? '', esQ.record.text, esTexts);
        item.facts.push(fact('text.es', item.text.es));
        texts++;
      } else if (!item.text.es) gap(key, 'implausible');
      const [enA, esA] = [enQ.record.answers ?? [], esQ.record.answers ?? []];
      if (enA.length === esA.length) {
        labels += spanishLabels(enQ, esQ, optionsOf.get(key) ?? [], fact, lexicon);
        subsets.learn(esQ.record.prov.source, enA, esA, answerPlaces(enA, esA, lexicon));
      } else subsets.defer({ enQ, esQ, itemText: item.text.en ?? undefined, options: optionsOf.get(key) ?? [], fact });
    }
  }
  labels += subsets.apply();
  const spanishModules = new Set(documents(printed, 'es').map((d) => d.module));
  for (const d of english) {
    if (aligned.has(d.sha) || !spanishModules.has(d.module)) continue;
    for (const k of d.keys) if (k && items.has(k)) gap(k, items.get(k)!.module === d.module ? 'other-edition' : 'other-survey');
  }
  for (const k of [...gaps.keys()]) if (items.get(k)?.text.es) gaps.delete(k);
  return { texts, labels, unsure, gaps, retied };
}

/**
 * Options without a Spanish label take the Spanish PDF's label printed at the same place, unless
 * another Spanish label of the question translates it better and it is that label's best
 * translation too: the two PDFs may list the answers in another order (The Basics' insurance
 * types: "purchased" before "employer" in English, after it in Spanish).
 */
function spanishLabels(enQ: MergedPrinted, esQ: MergedPrinted, options: MergedOption[], fact: (f: string, v: string) => Fact, lexicon: Lexicon): number {
  const enAnswers = enQ.record.answers ?? [];
  const esAnswers = esQ.record.answers ?? [];
  if (enAnswers.length !== esAnswers.length) return 0;
  let place: (number | null)[] | null = null;
  let n = 0;
  for (const o of options) {
    if (o.label.es || !o.label.en) continue;
    place ??= answerPlaces(enAnswers, esAnswers, lexicon);
    const own = ownLabel(o.label.en, enQ.record.text);
    const at = enAnswers.findIndex((a) => similarity(a, own) >= 0.9);
    const j = at < 0 ? null : place[at]!;
    if (j === null || !esAnswers[j]) continue;
    o.label.es = esAnswers[j]!;
    o.facts.push({ ...fact('option.text.es', o.label.es) });
    n++;
  }
  return n;
}

/**
 * For each English answer, the place of its Spanish translation (null: none sure). By place,
 * unless the PDFs list the answers in another order: two answers swapped (The Basics' insurance
 * types), or the whole list, where pairing answers by their words (or the same word on both
 * sides) translates clearly better than by place (COPE Feb 2021's remote-schooling answers, printed
 * in reverse; COPE Dec 2020's "No, Yes" printed "Sí, No"). Then the pairs words
 * support come first, then the same word on both sides ("No"), then a last one left on each side;
 * any other answer gets none rather than a neighbour's.
 */
export function answerPlaces(en: string[], es: string[], lexicon: Lexicon): (number | null)[] {
  const score = en.map((e) => es.map((s) => lexicon.score(e, s)));
  const byPlace: (number | null)[] = en.map((_, i) => i);
  // The same text on both sides ("No") is the surest pair of all.
  const fold = (t: string) => words(t).join(' ');
  en.forEach((e, i) => es.forEach((s, j) => fold(e) === fold(s) && (score[i]![j] = Math.max(score[i]![j]!, 1))));
  const pairs = score.flatMap((row, i) => row.map((v, j) => ({ i, j, v }))).filter((p) => p.v > 0).sort((a, b) => b.v - a.v);
  const place = new Array<number | null>(en.length).fill(null);
  const taken = new Set<number>();
  const take = (i: number, j: number) => ((place[i] = j), taken.add(j));
  for (const p of pairs) if (place[p.i] === null && !taken.has(p.j)) take(p.i, p.j);
  const total = (m: (number | null)[]) => m.reduce<number>((a, j, i) => a + (j === null ? 0 : score[i]![j]!), 0);
  if (total(place) <= total(byPlace) * 1.25 + 0.05) return byPlace.map((_, i) => swappedWith(i, score));
  place.forEach((j, i) => {
    if (j !== null) return;
    const same = es.findIndex((s, k) => !taken.has(k) && fold(s) === fold(en[i]!));
    if (same >= 0) take(i, same);
  });
  const openEn = place.flatMap((j, i) => (j === null ? [i] : []));
  const openEs = es.flatMap((_, k) => (taken.has(k) ? [] : [k]));
  if (openEn.length === 1 && openEs.length === 1) take(openEn[0]!, openEs[0]!);
  return place;
}

const argmax = (xs: number[]) => xs.reduce((best, x, i) => (x > xs[best]! ? i : best), 0);

/** Answer `at`'s place, or the place of one it is swapped with: each translates the other's better. */
function swappedWith(at: number, score: number[][]): number {
  const best = argmax(score[at]!);
  if (best === at || score[at]![best]! <= score[at]![at]! + 1e-9) return at;
  const mutual = argmax(score[best]!) === at && score[at]![best]! + score[best]![at]! > score[at]![at]! + score[best]![best]!;
  return mutual ? best : at;
}
