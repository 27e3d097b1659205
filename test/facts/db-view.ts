// The database as the checker sees it: every item, option, rule, citation and recorded conflict,
// loaded once into lookup maps (a few hundred milliseconds), so thousands of claims compare fast.
import type Database from 'better-sqlite3';
import type { Key } from './claims';

export interface ItemRow {
  id: number;
  kind: string;
  code: string | null;
  concept_id: number | null;
  text_en: string | null;
  text_es: string | null;
}
export interface OptionRow {
  question_id: number;
  answer_id: number;
  label_en: string | null;
  label_es: string | null;
  standard_concept_id: number | null;
}
export interface RuleRow {
  child_id: number;
  parent_id: number | null;
  answers: number[];
  shown_when: string;
  source: string;
}
export interface ConflictRow {
  item_id: number | null;
  subject: string;
  field: string;
  chosen: string | null;
  other: string;
}
export interface CitationRow {
  module_id: number | null;
  number: number | null;
  year: string | null;
  url: string | null;
  source: string;
  at: string | null;
}

export interface DbView {
  byCode: Map<string, ItemRow[]>;
  byConcept: Map<number, ItemRow[]>;
  item: Map<number, ItemRow>;
  /** Module ids of each item, and the module ids a module code (lower case) or concept ID names. */
  modules: Map<number, number[]>;
  moduleIds: Map<string, number[]>;
  options: Map<number, OptionRow[]>;
  rules: Map<number, RuleRow[]>;
  /** Recorded conflicts by field, then by item id (or subject code where no item is named). */
  conflicts: Map<string, Map<number | string, ConflictRow[]>>;
  /** Concept IDs that lost a concept ID conflict. */
  disputedIds: Set<string>;
  citations: CitationRow[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function loadView(db: Database.Database): DbView {
  const view: DbView = {
    byCode: new Map(),
    byConcept: new Map(),
    item: new Map(),
    modules: new Map(),
    moduleIds: new Map(),
    options: new Map(),
    rules: new Map(),
    conflicts: new Map(),
    disputedIds: new Set(),
    citations: [],
  };
  for (const r of db.prepare('SELECT id, kind, code, concept_id, text_en, text_es FROM items').all() as ItemRow[]) {
    view.item.set(r.id, r);
    if (r.code) push(view.byCode, r.code.toLowerCase(), r);
    if (r.concept_id !== null) push(view.byConcept, r.concept_id, r);
  }
  // A code the codebook ties to another (item_aliases, code-aliases.ts) names the merged item.
  for (const a of db.prepare('SELECT item_id, alias_lower FROM item_aliases').all() as { item_id: number; alias_lower: string }[]) {
    push(view.byCode, a.alias_lower, view.item.get(a.item_id)!);
  }
  for (const m of db.prepare('SELECT id, code, concept_id FROM modules').all() as { id: number; code: string | null; concept_id: number | null }[]) {
    if (m.code) push(view.moduleIds, m.code.toLowerCase(), m.id);
    if (m.concept_id !== null) push(view.moduleIds, String(m.concept_id), m.id);
  }
  const memberships = db.prepare('SELECT item_id, module_id FROM item_modules UNION SELECT id, module_id FROM items WHERE module_id IS NOT NULL').raw().all() as [number, number][];
  for (const [item, module] of memberships) push(view.modules, item, module);
  for (const o of db.prepare('SELECT question_id, answer_id, label_en, label_es, standard_concept_id FROM options').all() as OptionRow[]) push(view.options, o.question_id, o);
  const rules = db.prepare('SELECT child_id, parent_id, answer_ids, shown_when, source FROM branching').all() as (Omit<RuleRow, 'answers'> & { answer_ids: string })[];
  for (const r of rules) push(view.rules, r.child_id, { ...r, answers: JSON.parse(r.answer_ids) as number[] });
  for (const k of db.prepare('SELECT item_id, subject, field, chosen, other FROM conflicts').all() as ConflictRow[]) {
    const byItem = view.conflicts.get(k.field) ?? new Map<number | string, ConflictRow[]>();
    view.conflicts.set(k.field, byItem);
    push(byItem, k.item_id ?? k.subject, k);
    if (k.field === 'conceptId') view.disputedIds.add(k.other);
  }
  view.citations = db
    .prepare('SELECT module_id, number, year, url, source, at FROM instrument_citations')
    .all() as CitationRow[];
  return view;
}

/** The items a key names (a code in any letter case, or a concept ID; several where sources share one). */
export function itemsOf(view: DbView, key: Key): ItemRow[] {
  return ('code' in key ? view.byCode.get(key.code.toLowerCase()) : view.byConcept.get(key.conceptId)) ?? [];
}
