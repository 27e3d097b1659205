// Source instruments, instrument documents and the questions printed in them: which printed
// question is which codebook item, and so which instrument each question came from.
import type { DocumentRecord, InstrumentRecord, PageRun, PrintedQuestionRecord } from '../model/records';
import type { ManifestEntry } from '../sources/manifest';
import { checkedInstrumentTies } from './described-short-names';
import { InstrumentKeys } from './instrument-keys';
import { mergeInstruments } from './instruments-merge';
import type { MergedItem } from './items';
import { wordingsOf, wordingsOfSeveral } from './tied-wordings';
import type { ModuleResolver } from './modules';
import type { Conflict } from './conflicts';
import { rowMatch } from './row-match';
import type { MergedBranch } from './branching';
import { tieEntryBoxes } from './printed-boxes';
import { retieMisplacedFollowUps } from './misplaced-follow-ups';
import { exactBySource, exactTieByContext, LOOK_BACK, type Above } from './exact-tie-context';
import { wholeWordingIn } from './whole-wording';
import { ordinalClash } from './ordinal-clash';
import { untieCloseRepeats } from './close-repeats';
import { containsAll, itemsOfDocument } from './spanish-rows';
import { applySourcePrecedence } from './source-precedence';
import { movedItemIds } from './workgroup-id-rows';
import { preferByAnswers, retieByAnswers, textBelow, type AnswerLabels, type Retie } from './printed-answer-lists';
import { bestMatch, similarity, words, type MatchCandidate } from './text-match';
import { tieByOriginalText } from './tie-by-original-text';

export interface MergedInstrument {
  key: string;
  name: string;
  shortName: string | null;
  organization: string | null;
  url: string | null;
  year: string | null;
  description: string | null;
  /** Other names the sources give the same instrument ("Million Veterans Program"). */
  aliases: string[];
  /** Alias → where the raw files tie it to this instrument (absent: the name itself says so). */
  aliasEvidence: Map<string, string>;
}
export interface MergedCitation {
  instrumentKey: string;
  module: string | null;
  number: number | null;
  /** Part of the document whose Sources list the number points into (an appendix restarts at 1). */
  section: string | null;
  citation: string | null;
  year: string | null;
  url: string | null;
  source: string;
  at: string | null;
}
export interface MergedDocument {
  sha256: string;
  module: string | null;
  language: 'en' | 'es';
  edition: string | null;
  title: string | null;
  pages: number;
  /** Text of each page, for the page index (codebooks/write/page-index.ts). */
  pageTexts: string[];
  /** Positioned text of each page, for the highlight boxes (codebooks/write/highlight-boxes.ts). */
  pageRuns: PageRun[][];
  files: { file: string; source: string }[];
}
export interface MergedPrinted {
  record: PrintedQuestionRecord;
  module: string | null;
  documentSha: string | null;
  itemKey: string | null;
  score: number | null;
  method: string | null;
}
export interface SourceLink {
  itemKey: string;
  instrumentKey: string | null;
  originalText: string | null;
  printedText: string;
  source: string;
  at: string | null;
}
export interface MergedSources {
  instruments: MergedInstrument[];
  citations: MergedCitation[];
  documents: MergedDocument[];
  printed: MergedPrinted[];
  links: SourceLink[];
  /** Disagreements on a question's source instrument (published instrument vs workgroup sheet). */
  conflicts: Conflict[];
}

/** Printed wording must be this close to the codebook's to count as the same question. */
export const LINK_THRESHOLD = 0.72;
/** Fewer words than this are too generic to identify a question by its wording. */
export const MIN_WORDS = 4;


export function mergeSources(
  instrumentRecords: InstrumentRecord[],
  printedRecords: PrintedQuestionRecord[],
  documentRecords: DocumentRecord[],
  items: Map<string, MergedItem>,
  order: Map<string, string[]>,
  resolver: ModuleResolver,
  entries: ManifestEntry[],
  notes: string[],
  /** Each question's answer labels: a printed answer list tells members of a series apart. */
  answerLabels?: AnswerLabels,
  /** Branching rules: an entry box printed under its question is that question's box follow-up. */
  branching?: MergedBranch[],
): MergedSources {
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const languageOf = new Map(documentRecords.map((d) => [d.prov.source, d.language] as const));
  const tied = checkedInstrumentTies(instrumentRecords, languageOf, printedRecords);
  instrumentRecords = tied.records;
  notes.push(...tied.notes);
  const keys = new InstrumentKeys(instrumentRecords, tied.ties);
  const { instruments, citations, keyOf: instrumentKey } = mergeInstruments(instrumentRecords, keys, languageOf, resolver);

  const documents = new Map<string, MergedDocument>();
  const shaOfSource = new Map<string, string>();
  for (const d of documentRecords) {
    const entry = entryById.get(d.prov.source);
    const sha = entry?.sha256 ?? d.prov.source;
    shaOfSource.set(d.prov.source, sha);
    const file = entry?.path.split('/').pop() ?? d.prov.source;
    const prev = documents.get(sha);
    if (prev) prev.files.push({ file, source: d.prov.source });
    else {
      documents.set(sha, {
        sha256: sha,
        module: resolver.slug(d.module),
        language: d.language,
        edition: d.edition ?? null,
        title: d.title ?? null,
        pages: d.pages,
        pageTexts: d.pageTexts ?? [],
        pageRuns: d.pageRuns ?? [],
        files: [{ file, source: d.prov.source }],
      });
    }
  }

  const candidates = new Map<string, MatchCandidate[]>();
  const sharedWordings = wordingsOfSeveral(items);
  const candidatesFor = (slug: string, lang: 'en' | 'es') => {
    const k = `${slug}|${lang}`;
    let list = candidates.get(k);
    if (!list) {
      list = (order.get(slug) ?? [])
        .map((key) => items.get(key))
        .filter((i): i is MergedItem => !!i && i.kind === 'question' && !!i.text[lang])
        .flatMap((i) => wordingsOf(i, lang, sharedWordings).map((text) => Object.freeze({ key: i.key, text })));
      // Frozen: bestMatch and exactTieByContext index a list that cannot change once.
      Object.freeze(list);
      candidates.set(k, list);
    }
    return list;
  };
  const byItemId = new Map<string, string>();
  const byConceptId = new Map<number, string>();
  for (const i of items.values()) {
    if (i.itemId) byItemId.set(i.itemId.toLowerCase(), i.key);
    if (i.conceptId != null && i.kind === 'question') byConceptId.set(i.conceptId, i.key);
  }

  // Short wordings ("Please specify.", printed under many questions) say nothing about which
  // question they are: they are not matched by text. A longer wording printed twice (a main part
  // and its appendix) is still the same question.
  const ambiguous = (r: PrintedQuestionRecord) => words(r.text).length < MIN_WORDS;
  const movedIds = movedItemIds(printedRecords, items, byItemId);
  const itemIdOf = (r: PrintedQuestionRecord) => (movedIds.has(r) ? movedIds.get(r) : r.ref?.itemId);
  const misprinted = misprintedIds(printedRecords);
  const byAnswers: Retie[] = [];
  const pageTextsOf = new Map(documentRecords.map((d) => [d.prov.source, d.pageTexts ?? []] as const));
  const printed: MergedPrinted[] = [];
  const links: SourceLink[] = [];
  const unknownModules = new Set<string>();
  // Each document's prints so far, nearest first, while prints come in their printed order.
  const above = new Map<string, (Above & { sequence: number })[]>();
  // Prints worded like several items that nothing above decides between: tied to none, by no later pass either.
  const undecided = new Set<PrintedQuestionRecord>();
  for (const r of printedRecords) {
    const slug = resolver.slug(r.module);
    if (!slug) unknownModules.add(r.module);
    let itemKey: string | null = null;
    let score: number | null = null;
    let method: string | null = null;
    const byCode = r.ref?.code ? `c:${r.ref.code.trim().toLowerCase()}` : null;
    if (byCode && items.has(byCode)) [itemKey, score, method] = [byCode, 1, 'code'];
    else if (r.ref?.conceptId != null && byConceptId.has(r.ref.conceptId) && !misprinted.has(`${r.prov.source}|${r.ref.conceptId}`)) [itemKey, score, method] = [byConceptId.get(r.ref.conceptId)!, 1, 'concept-id'];
    else if (itemIdOf(r) && byItemId.has(itemIdOf(r)!.toLowerCase())) [itemKey, score, method] = [byItemId.get(itemIdOf(r)!.toLowerCase())!, 1, 'item-id'];
    else if (slug && !ambiguous(r)) {
      const list = candidatesFor(slug, r.language);
      const closest = bestMatch(r.text, list, LINK_THRESHOLD);
      const closer = closest && closest.score < 1 ? exactBySource(r.text, list, items) : null;
      const whole = closer ? { key: closer, score: 1 } : preferWhole(r.text, closest, list);
      const prints = above.get(r.prov.source) ?? [];
      const context = prints[0] && prints[0].sequence < r.sequence ? prints : [];
      const tieKey = whole && whole.score === 1 ? exactTieByContext(r.text, whole.key, list, items, context) : whole?.key;
      const hit = whole && tieKey ? { ...whole, key: tieKey } : null;
      const below = hit && answerLabels ? textBelow(pageTextsOf.get(r.prov.source) ?? [], r.page, r.text) : '';
      const listed = hit && answerLabels ? preferByAnswers({ text: r.text, below }, hit.key, list, answerLabels[r.language]) : null;
      // A close wording several questions share ("¿…para esta enfermedad?", every PFHH cancer's
      // follow-up) names none of them: such a print is tied by its answers, or by its English
      // print's alignment if sure (spanish-from-pdf.ts), or to nothing.
      const shared = (closest?.tied && closest.score < 1 && hit?.key === closest.key) || gridStem(r, list);
      const otherOrdinal = hit !== null && hit.score < 1 && ordinalClash(r.text, items.get(hit.key)?.text[r.language] ?? '');
      if (hit && !shared && !otherOrdinal) [itemKey, score, method] = [hit.key, hit.score, 'text'];
      if (otherOrdinal) undecided.add(r);
      if (whole && !tieKey) undecided.add(r);
      if (hit && listed && listed.own !== null) byAnswers.push({ at: printed.length, key: listed.key, linked: hit.key, own: listed.own, score: similarity(r.text, items.get(listed.key)?.text[r.language] ?? '') });
    }
    if (!itemKey && slug && !undecided.has(r)) {
      const row = rowMatch(r.text, candidatesFor(slug, r.language));
      if (row) [itemKey, score, method] = [row.key, row.score, 'grid-row'];
    }
    // English only: Spanish prints are tied by their English print's alignment (spanish-from-pdf.ts).
    if (!itemKey && slug && r.language === 'en' && !undecided.has(r)) {
      const whole = wholeWordingIn(r.text, candidatesFor(slug, r.language));
      if (whole) [itemKey, score, method] = [whole, similarity(r.text, items.get(whole)!.text[r.language]!), 'whole-wording'];
    }
    printed.push({ record: r, module: slug, documentSha: shaOfSource.get(r.prov.source) ?? null, itemKey, score, method });
    above.set(r.prov.source, [{ sequence: r.sequence, key: itemKey, text: r.text }, ...(above.get(r.prov.source) ?? []).slice(0, LOOK_BACK - 1)]);
  }
  for (const p of untieCloseRepeats(printed)) undecided.add(p.record);
  tieGridRows(printed, items, order, (r) => ambiguous(r) || undecided.has(r));
  // After the grid rows, which are placed between their neighbours' (wording) ties.
  retieByAnswers(printed, byAnswers);
  tieByOriginalText(printed, (p) => ambiguous(p.record) || undecided.has(p.record));
  if (branching) tieEntryBoxes(printed, items, branching);
  const misplaced = branching ? retieMisplacedFollowUps(printed, items, branching, answerLabels?.en) : [];
  for (const { record: r, itemKey } of printed) {
    if (!itemKey) continue;
    const named = (r.sourceNames ?? []).map((n) => instrumentKey({ name: n })).filter((k): k is string => !!k && instruments.has(k));
    links.push(...printLinks(r, itemKey, citations, named));
  }
  for (const m of unknownModules) notes.push(`printed questions of module "${m}" cannot be linked: the module is not in the codebook`);
  const conflicts: Conflict[] = [...misplaced];
  const ranked = applySourcePrecedence(links, instruments, entryById, items, conflicts);
  return { instruments: [...instruments.values()], citations, documents: [...documents.values()], printed, links: ranked, conflicts };
}

/** The links a print tied to `itemKey` gives: the instruments its footnotes cite, and those `named`. */
export function printLinks(r: PrintedQuestionRecord, itemKey: string, citations: MergedCitation[], named: string[] = []): SourceLink[] {
  const at = r.page != null ? `page ${r.page}` : (r.prov.at ?? null);
  const cited = r.footnotes
    .map((n) => citations.find((c) => c.source === r.prov.source && c.number === n && c.section === (r.section ?? null)))
    .filter((c): c is MergedCitation => !!c);
  const linked = [...new Set([...cited.map((c) => c.instrumentKey), ...named])];
  const links: SourceLink[] = linked.map((k) => ({ itemKey, instrumentKey: k, originalText: r.originalText ?? null, printedText: r.text, source: r.prov.source, at }));
  if (linked.length === 0 && r.originalText) links.push({ itemKey, instrumentKey: null, originalText: r.originalText, printedText: r.text, source: r.prov.source, at });
  return links;
}

/**
 * An ID one document prints on questions of different wording ("PPI1585889" on both "Not including
 * yourself, how many other people live at home with you?" and "... How many are under the age of
 * 18 years?", 1586134.pdf page 6) identifies neither: those questions are linked by wording only.
 */
function misprintedIds(records: PrintedQuestionRecord[]): Set<string> {
  const texts = new Map<string, Set<string>>();
  for (const r of records) {
    if (r.ref?.conceptId == null) continue;
    const k = `${r.prov.source}|${r.ref.conceptId}`;
    texts.set(k, (texts.get(k) ?? new Set()).add(words(r.text).join(' ')));
  }
  return new Set([...texts].filter(([, t]) => t.size > 1).map(([k]) => k));
}

/**
 * Rows of a grid printed alone ("I lack companionship", SDOH) that no wording matched: tied to the
 * item between the linked questions around them whose wording holds every printed word
 * (`itemsOfDocument`, the tie the Spanish pass uses), so their footnotes reach the item. Short
 * wordings stay unlinked, as above.
 */
function tieGridRows(printed: MergedPrinted[], items: Map<string, MergedItem>, order: Map<string, string[]>, ambiguous: (r: PrintedQuestionRecord) => boolean): void {
  const bySource = new Map<string, MergedPrinted[]>();
  for (const p of printed) {
    if (p.record.language !== 'en' || !p.module) continue;
    const list = bySource.get(p.record.prov.source) ?? [];
    list.push(p);
    bySource.set(p.record.prov.source, list);
  }
  for (const questions of bySource.values()) {
    questions.sort((a, b) => a.record.sequence - b.record.sequence);
    const keys = itemsOfDocument(questions, questions[0]!.module!, items, order.get(questions[0]!.module!));
    questions.forEach((q, i) => {
      if (q.itemKey || !keys[i] || ambiguous(q.record)) return;
      [q.itemKey, q.score, q.method] = [keys[i], null, 'grid-row-order'];
    });
  }
}

/**
 * A grid's stem printed alone, with no answers ("DURING THE PAST 12 MONTHS, was there any time when
 * you needed any of the following, but didn't get it because you couldn't afford it?", HCAU English
 * p.11), whose words begin the wording of several questions (stem + row: "…: Eyeglasses") and are
 * no question's whole wording, is none of them: the closest is merely the one with the shortest row.
 */
function gridStem(r: PrintedQuestionRecord, list: MatchCandidate[]): boolean {
  if (r.answers?.length) return false;
  const stem = words(r.text);
  const keys = new Set<string>();
  for (const c of list) {
    const w = words(c.text);
    if (w.length < stem.length || !stem.every((x, i) => w[i] === x)) continue;
    if (w.length === stem.length) return false;
    keys.add(c.key);
  }
  return keys.size > 1;
}

/**
 * The closest wording may be another question of a series that differs in the words that matter
 * (PFHH p.8 "…has had head and neck cancer? Select all that apply." is closer to the bladder cancer
 * question than to its own, which adds a long parenthesis): when the closest lacks a printed word
 * and exactly one candidate holds every printed word, that one is the question.
 */
function preferWhole(text: string, hit: { key: string; score: number } | null, list: MatchCandidate[]): { key: string; score: number } | null {
  if (!hit || containsAll(text, list.find((c) => c.key === hit.key)!.text)) return hit;
  const whole = list.filter((c) => containsAll(text, c.text));
  return whole.length === 1 ? { key: whole[0]!.key, score: similarity(text, whole[0]!.text) } : hit;
}
