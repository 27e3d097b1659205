// Finds the item a user means by a concept ID or a code (any letter case).
import type { Codebook } from './store';

export interface ItemRow {
  id: number;
  kind: 'module' | 'topic' | 'question' | 'answer';
  code: string | null;
  concept_id: number | null;
  module_id: number | null;
  parent_id: number | null;
  text_en: string | null;
  text_es: string | null;
  help_en: string | null;
  help_es: string | null;
  field_type: string | null;
  standard_concept_id: number | null;
}

/** `alias`: the key was another code of the item (code-aliases.ts), as the user typed it. */
export type Lookup = { type: 'item'; item: ItemRow; alias?: string } | { type: 'module'; moduleId: number } | null;

export function findItem(db: Codebook, query: string): Lookup {
  return findItems(db, query)[0] ?? null;
}

/**
 * Every item a key names: one concept ID can be several items (a standard value concept is the
 * "Every day" of several questions; a PPI ID kept by an older and a newer answer).
 */
export function findItems(db: Codebook, query: string): NonNullable<Lookup>[] {
  const q = query.trim();
  if (q === '') return [];
  const items = (rows: ItemRow[]) => rows.map((item) => ({ type: 'item' as const, item }));
  // One item of several that share a key, as the chooser links to it.
  const row = /^row:(\d{1,12})$/.exec(q);
  if (row) return items(db.prepare('SELECT * FROM items WHERE id = ?').all(Number(row[1])) as ItemRow[]);
  if (/^\d{1,18}$/.test(q)) {
    const id = Number(q);
    // A module concept ID opens the module; one ID may name a retired module and the current one
    // that took it over: the current first.
    const mod = db.prepare(`SELECT id FROM modules WHERE concept_id = ? ORDER BY status = 'retired', id`).get(id) as { id: number } | undefined;
    if (mod) return [{ type: 'module', moduleId: mod.id }];
    const byId = db.prepare("SELECT * FROM items WHERE concept_id = ? ORDER BY kind = 'answer', module_id, position, id").all(id) as ItemRow[];
    if (byId.length) return items(byId);
    // A standard value concept: every answer that maps to it.
    return items(
      db
        .prepare(`SELECT * FROM items WHERE id IN (SELECT id FROM items WHERE standard_concept_id = ?
          UNION SELECT answer_id FROM options WHERE standard_concept_id = ?) ORDER BY module_id, id`)
        .all(id, id) as ItemRow[],
    );
  }
  const item = db.prepare('SELECT * FROM items WHERE code_lower = ? LIMIT 1').get(q.toLowerCase()) as ItemRow | undefined;
  if (item) return items([item]);
  const aliased = db
    .prepare('SELECT i.*, x.alias AS alias FROM item_aliases x JOIN items i ON i.id = x.item_id WHERE x.alias_lower = ? ORDER BY i.id LIMIT 1')
    .get(q.toLowerCase()) as (ItemRow & { alias: string }) | undefined;
  if (aliased) {
    const { alias, ...row } = aliased;
    return [{ type: 'item', item: row, alias }];
  }
  const mod = db.prepare('SELECT id FROM modules WHERE lower(code) = ? OR slug = ?').get(q.toLowerCase(), q.toLowerCase()) as { id: number } | undefined;
  return mod ? [{ type: 'module', moduleId: mod.id }] : [];
}
