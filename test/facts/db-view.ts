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
  module_code: string | null;
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
  /** Module concept IDs and codes (lower case) of each item. */
  modules: Map<number, Set<string>>;
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
  const memberships = db
    .prepare(`SELECT im.item_id, m.code, m.concept_id FROM item_modules im JOIN modules m ON m.id = im.module_id
              UNION SELECT i.id, m.code, m.concept_id FROM items i JOIN modules m ON m.id = i.module_id`)
    .all() as { item_id: number; code: string | null; concept_id: number | null }[];
  for (const m of memberships) {
    const set = view.modules.get(m.item_id) ?? new Set<string>();
    if (m.code) set.add(m.code.toLowerCase());
    if (m.concept_id !== null) set.add(String(m.concept_id));
    view.modules.set(m.item_id, set);
  }
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
    .prepare('SELECT m.code AS module_code, c.number, c.year, c.url, c.source, c.at FROM instrument_citations c LEFT JOIN modules m ON m.id = c.module_id')
    .all() as CitationRow[];
  return view;
}

/** The items a key names (a code in any letter case, or a concept ID; several where sources share one). */
export function itemsOf(view: DbView, key: Key): ItemRow[] {
  return ('code' in key ? view.byCode.get(key.code.toLowerCase()) : view.byConcept.get(key.conceptId)) ?? [];
}
