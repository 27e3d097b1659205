// Concepts (topics, questions, answers, module concepts): every source's record about one concept
// becomes one item whose fields are chosen by precedence, keeping all values as facts.
import type { ConceptRecord, FieldType, ItemKind, Provenance } from '../model/records';
import { choose, type Candidate, type Fact } from './choose';
import type { Conflict } from './conflicts';
import type { Identity } from './identity';
import type { ModuleResolver } from './modules';
import type { SourceIndex } from './sources-index';
import { push } from './group';
import { genericCodeKey } from './generic-answer-ids';

export interface MergedItem {
  key: string;
  kind: ItemKind;
  code: string | null;
  conceptId: number | null;
  /** Slug of the module the best source puts it in. */
  module: string | null;
  /** Every module any source puts it in, with its position there when given. */
  modules: Map<string, number | null>;
  parentKey: string | null;
  topic: string | null;
  text: { en: string | null; es: string | null };
  help: { en: string | null; es: string | null };
  fieldType: FieldType | null;
  standardConceptId: number | null;
  itemId: string | null;
  conceptClass: string | null;
  externalCodes: { system: string; code: string; url: string | null; source: string }[];
  facts: Fact[];
  /** Other codes of this item (codebook Short Code ties, code-aliases.ts), with the row that ties them. */
  aliases?: { code: string; prov: Provenance }[];
}

export function mergeItems(
  records: ConceptRecord[],
  identity: Identity,
  resolver: ModuleResolver,
  index: SourceIndex,
  conflicts: Conflict[],
): { items: Map<string, MergedItem>; unresolvedModules: Map<string, number> } {
  const groups = new Map<string, ConceptRecord[]>();
  for (const r of records) {
    const key = identity.key(r);
    if (!key) continue;
    push(groups, key, r);
  }
  const unresolvedModules = new Map<string, number>();
  const items = new Map<string, MergedItem>();
  for (const [key, list] of groups) {
    const facts: Fact[] = [];
    const subject = key.slice(2);
    // `record: false`: values are kept as facts, but differences are not disagreements.
    const pick = <T extends string | number>(field: string, get: (r: ConceptRecord) => T | null | undefined, loose = false, record = true) => {
      const got = choose<T>(subject, field, list.map((r): Candidate<T> => ({ value: get(r), prov: r.prov, last: r.mislabelled })), index, record ? conflicts : [], loose);
      facts.push(...got.facts);
      return got.value;
    };
    const modules = new Map<string, number | null>();
    const moduleCandidates: Candidate<string>[] = [];
    for (const r of list) {
      const slug = resolver.slug(r.module);
      if (r.module && !slug) unresolvedModules.set(r.module, (unresolvedModules.get(r.module) ?? 0) + 1);
      if (!slug) continue;
      moduleCandidates.push({ value: slug, prov: r.prov, last: r.mislabelled });
      if (!modules.has(slug) || (modules.get(slug) == null && r.order != null)) modules.set(slug, r.order ?? null);
    }
    const module = choose(subject, 'module', moduleCandidates, index, [], false);
    facts.push(...module.facts);
    // Codes of one item differ only in letter case (they share a key): not a disagreement.
    const kind = (pick('kind', (r) => r.kind) as ItemKind | null) ?? 'question';
    const code = list.some((r) => r.statedCode) ? codeOfTied(subject, list, index, facts) : pick('code', (r) => r.code?.trim(), false, false);
    const conceptId = code ? (identity.idOfCode.get(code.toLowerCase()) ?? null) : Number(subject);
    if (conceptId != null) {
      for (const r of list) if (r.conceptId === conceptId) facts.push({ field: 'conceptId', value: String(conceptId), prov: r.prov, chosen: true });
      const inferred = code ? identity.inferredClaim.get(code.toLowerCase()) : undefined;
      if (inferred) facts.push({ field: 'conceptId', value: String(conceptId), prov: inferred.prov, chosen: true });
    }
    items.set(key, {
      key,
      kind,
      code,
      conceptId,
      module: module.value,
      modules,
      parentKey: pickParent(kind, list, identity, index, (v, record) => pick('parent', v, false, record), facts),
      topic: pick('topic', (r) => r.topic, true, false),
      text: { en: wording(subject, 'en', kind, list, pick, facts, conflicts), es: wording(subject, 'es', kind, list, pick, facts, conflicts) },
      help: { en: pick('help.en', (r) => r.helpText?.en, true), es: pick('help.es', (r) => r.helpText?.es, true) },
      fieldType: pick('fieldType', (r) => r.fieldType) as FieldType | null,
      standardConceptId: pick('standardConceptId', (r) => r.standardConceptId),
      itemId: pick('itemId', (r) => r.itemId),
      conceptClass: pick('conceptClass', (r) => r.conceptClass),
      externalCodes: externalCodes(list),
      facts,
    });
  }
  return { items, unresolvedModules };
}

/** An item two tied codes joined: each source's own spelling stays a 'code' fact; the item's code is chosen. */
function codeOfTied(subject: string, list: ConceptRecord[], index: SourceIndex, facts: Fact[]): string | null {
  const code = choose<string>(subject, 'code', list.map((r) => ({ value: r.code?.trim(), prov: r.prov })), index, []).value;
  const stated = choose<string>(subject, 'code', list.map((r) => ({ value: (r.statedCode ?? r.code)?.trim(), prov: r.prov })), index, []);
  facts.push(...stated.facts.map((f) => ({ ...f, chosen: f.value === code })));
  return code;
}

// Only the codebook's own files state its hierarchy (module > topic > question > answer); other
// sources' parents (a parent question, a shared answer's question) are kept as facts only.
const HIERARCHY_SOURCES = ['c2f-sheet', 'c2f-codesystem'];

function pickParent(
  kind: ItemKind,
  list: ConceptRecord[],
  identity: Identity,
  index: SourceIndex,
  pick: (get: (r: ConceptRecord) => string | null, record: boolean) => string | null,
  facts: Fact[],
): string | null {
  const fromHierarchy = (r: ConceptRecord) => HIERARCHY_SOURCES.includes(index.format(r.prov));
  if (kind === 'answer' || !list.some(fromHierarchy)) return pick((r) => identity.key(r.parent), false);
  const chosen = pick((r) => (fromHierarchy(r) ? identity.key(r.parent) : null), true);
  for (const r of list) {
    const k = identity.key(r.parent);
    if (k && !fromHierarchy(r)) facts.push({ field: 'parent', value: k, prov: r.prov, chosen: false });
  }
  return chosen;
}

function externalCodes(list: ConceptRecord[]): MergedItem['externalCodes'] {
  const out = new Map<string, MergedItem['externalCodes'][number]>();
  for (const r of list) {
    for (const x of r.externalCodes ?? []) {
      const k = `${x.system}|${x.code}`;
      if (!out.has(k)) out.set(k, { system: x.system, code: x.code, url: x.url ?? null, source: r.prov.source });
    }
  }
  return [...out.values()];
}

type Pick = <T extends string | number>(field: string, get: (r: ConceptRecord) => T | null | undefined, loose?: boolean, record?: boolean) => T | null;

/**
 * A wording, English or Spanish. A generic answer's vocabulary name ("PMI: Dont Know", the PFHH
 * answer table's label) is not its English: it is the text only when no source words the item.
 * A question's "wording" without a letter is the participant app's video number (the consent
 * videos' "415560809", payloads): never a wording, the codebook's "Data Sharing Video" or none.
 * Set aside, each stays a fact and a recorded disagreement.
 */
/** No letter in it: a question's "wording" that is the app's video number, not words. */
export const isWordless = (t: string) => !/\p{L}/u.test(t);

function wording(subject: string, lang: 'en' | 'es', kind: ItemKind, list: ConceptRecord[], pick: Pick, facts: Fact[], conflicts: Conflict[]): string | null {
  const field = `text.${lang}`;
  const textOf = (r: ConceptRecord) => r.text?.[lang];
  const isName = (t: string | undefined) => lang === 'en' && !!t && genericCodeKey(t) !== null;
  const isNumber = (t: string | undefined) => kind === 'question' && !!t && isWordless(t);
  const worded = list.some((r) => textOf(r) && !isName(textOf(r)) && !isNumber(textOf(r)));
  const aside = (t: string | undefined) => isNumber(t) || (worded && isName(t));
  const text = pick(field, (r) => (aside(textOf(r)) ? null : textOf(r)), true);
  const chosen = facts.find((f) => f.field === field && f.chosen) ?? null;
  const told = new Set<string>();
  for (const r of list) {
    const t = textOf(r);
    if (!t || !aside(t)) continue;
    facts.push({ field, value: t, prov: r.prov, chosen: false });
    // One disagreement per value, as choose() records one per distinct value.
    if (told.has(t)) continue;
    told.add(t);
    conflicts.push({ subject, field, chosen: text, chosenSource: chosen?.prov ?? null, other: t, otherSource: r.prov });
  }
  return text;
}
