// Concepts (topics, questions, answers, module concepts): every source's record about one concept
// becomes one item whose fields are chosen by precedence, keeping all values as facts.
import type { ConceptRecord, FieldType, ItemKind } from '../model/records';
import { choose, type Candidate, type Fact } from './choose';
import type { Conflict } from './conflicts';
import type { Identity } from './identity';
import type { ModuleResolver } from './modules';
import type { SourceIndex } from './sources-index';

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
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const unresolvedModules = new Map<string, number>();
  const items = new Map<string, MergedItem>();
  for (const [key, list] of groups) {
    const facts: Fact[] = [];
    const subject = key.slice(2);
    const pick = <T extends string | number>(field: string, get: (r: ConceptRecord) => T | null | undefined, loose = false) => {
      const got = choose<T>(subject, field, list.map((r): Candidate<T> => ({ value: get(r), prov: r.prov })), index, conflicts, loose);
      facts.push(...got.facts);
      return got.value;
    };
    const modules = new Map<string, number | null>();
    const moduleCandidates: Candidate<string>[] = [];
    for (const r of list) {
      const slug = resolver.slug(r.module);
      if (r.module && !slug) unresolvedModules.set(r.module, (unresolvedModules.get(r.module) ?? 0) + 1);
      if (!slug) continue;
      moduleCandidates.push({ value: slug, prov: r.prov });
      if (!modules.has(slug) || (modules.get(slug) == null && r.order != null)) modules.set(slug, r.order ?? null);
    }
    const module = choose(subject, 'module', moduleCandidates, index, [], false);
    facts.push(...module.facts);
    const code = pick('code', (r) => r.code?.trim());
    const conceptId = code ? (identity.idOfCode.get(code.toLowerCase()) ?? null) : Number(subject);
    if (conceptId != null) {
      for (const r of list) if (r.conceptId === conceptId) facts.push({ field: 'conceptId', value: String(conceptId), prov: r.prov, chosen: true });
    }
    items.set(key, {
      key,
      kind: (pick('kind', (r) => r.kind) as ItemKind | null) ?? 'question',
      code,
      conceptId,
      module: module.value,
      modules,
      parentKey: pick('parent', (r) => identity.key(r.parent)),
      topic: pick('topic', (r) => r.topic, true),
      text: { en: pick('text.en', (r) => r.text?.en, true), es: pick('text.es', (r) => r.text?.es, true) },
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
