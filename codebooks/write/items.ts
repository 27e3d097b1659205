// Writes modules, items, their module memberships, options and branching.
import type Database from 'better-sqlite3';
import { MODULE_ALIASES, moduleCategory } from '../model/modules';
import type { MergedCodebook } from '../merge/merge';

export interface Ids {
  module: Map<string, number>;
  item: Map<string, number>;
}

export function writeModules(db: Database.Database, cb: MergedCodebook): Map<string, number> {
  const insert = db.prepare(`INSERT INTO modules (slug, code, concept_id, name_en, name_es, description_en, description_es,
    status, category, position, stated_question_count, participant_count)
    VALUES (@slug, @code, @conceptId, @nameEn, @nameEs, @descEn, @descEs, @status, @category, @order, @count, @participants)`);
  const fact = db.prepare('INSERT INTO module_provenance (module_id, field, value, source, at, chosen) VALUES (?, ?, ?, ?, ?, ?)');
  const ids = new Map<string, number>();
  for (const m of cb.modules) {
    const r = insert.run({
      slug: m.slug,
      code: m.code,
      conceptId: m.conceptId,
      nameEn: m.name.en,
      nameEs: m.name.es,
      descEn: m.description.en,
      descEs: m.description.es,
      status: m.status,
      category: m.category,
      order: m.order,
      count: m.statedQuestionCount,
      participants: m.participantCount,
    });
    ids.set(m.slug, Number(r.lastInsertRowid));
    for (const f of m.facts) fact.run(r.lastInsertRowid, f.field, f.value, f.prov.source, f.prov.at ?? null, f.chosen ? 1 : 0);
  }
  // Modules that only appear as a name on items (minute surveys without a module record).
  for (const slug of cb.order.keys()) {
    if (ids.has(slug)) continue;
    const alias = MODULE_ALIASES.find((a) => a.slug === slug);
    const r = insert.run({
      slug, code: null, conceptId: null, nameEn: null, nameEs: null, descEn: null, descEs: null,
      status: alias?.status ?? 'retired', category: moduleCategory(slug), order: null, count: null, participants: null,
    });
    ids.set(slug, Number(r.lastInsertRowid));
  }
  return ids;
}

export function writeItems(db: Database.Database, cb: MergedCodebook, moduleIds: Map<string, number>): Ids {
  const insert = db.prepare(`INSERT INTO items (kind, code, code_lower, concept_id, module_id, text_en, text_es, help_en, help_es,
    field_type, standard_concept_id, item_id, concept_class) VALUES (@kind, @code, @codeLower, @conceptId, @moduleId, @textEn, @textEs,
    @helpEn, @helpEs, @fieldType, @std, @itemId, @conceptClass)`);
  const item = new Map<string, number>();
  for (const i of cb.items.values()) {
    const r = insert.run({
      kind: i.kind,
      code: i.code,
      codeLower: i.code?.toLowerCase() ?? null,
      conceptId: i.conceptId,
      moduleId: i.module ? (moduleIds.get(i.module) ?? null) : null,
      textEn: i.text.en,
      textEs: i.text.es,
      helpEn: i.help.en,
      helpEs: i.help.es,
      fieldType: i.fieldType,
      std: i.standardConceptId,
      itemId: i.itemId,
      conceptClass: i.conceptClass,
    });
    item.set(i.key, Number(r.lastInsertRowid));
  }
  const alias = db.prepare('INSERT INTO item_aliases (item_id, alias, alias_lower, source, at) VALUES (?, ?, ?, ?, ?)');
  for (const i of cb.items.values()) for (const a of i.aliases ?? []) alias.run(item.get(i.key), a.code, a.code.toLowerCase(), a.prov.source, a.prov.at ?? null);
  const setParent = db.prepare('UPDATE items SET parent_id = ? WHERE id = ?');
  for (const i of cb.items.values()) {
    const p = i.parentKey ? item.get(i.parentKey) : undefined;
    if (p !== undefined && p !== item.get(i.key)) setParent.run(p, item.get(i.key));
  }
  const member = db.prepare('INSERT OR IGNORE INTO item_modules (item_id, module_id, position) VALUES (?, ?, ?)');
  const setPos = db.prepare('UPDATE items SET position = ? WHERE id = ? AND position IS NULL');
  for (const [slug, keys] of cb.order) {
    const m = moduleIds.get(slug)!;
    keys.forEach((k, pos) => {
      const id = item.get(k);
      if (id === undefined) return;
      member.run(id, m, pos + 1);
      if (cb.items.get(k)?.module === slug) setPos.run(pos + 1, id);
    });
  }
  // Answers belong to the module of (the first) question that offers them.
  db.exec(`UPDATE items SET module_id = (SELECT q.module_id FROM options o JOIN items q ON q.id = o.question_id
    WHERE o.answer_id = items.id AND q.module_id IS NOT NULL LIMIT 1) WHERE kind = 'answer' AND module_id IS NULL`);
  return { module: moduleIds, item };
}

export function writeOptionsAndBranching(db: Database.Database, cb: MergedCodebook, ids: Ids): void {
  const opt = db.prepare(`INSERT OR IGNORE INTO options (question_id, answer_id, position, label_en, label_es, standard_concept_id, source)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const prov = db.prepare('INSERT INTO provenance (item_id, context_id, field, value, source, at, chosen) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const listing = db.prepare(`INSERT INTO option_listings (question_id, answer_id, source, at, position, label_en, label_es)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const o of cb.options) {
    const q = ids.item.get(o.questionKey);
    const a = ids.item.get(o.answerKey);
    if (q === undefined || a === undefined) continue;
    opt.run(q, a, o.position + 1, o.label.en, o.label.es, o.standardConceptId, o.source);
    for (const f of o.facts) prov.run(a, q, f.field, f.value, f.prov.source, f.prov.at ?? null, f.chosen ? 1 : 0);
    for (const l of o.listings ?? []) listing.run(q, a, l.source, l.at, l.position, l.label.en, l.label.es);
  }
  const br = db.prepare(`INSERT INTO branching (child_id, parent_id, answer_ids, shown_when, prose, source, at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const b of cb.branching) {
    const child = ids.item.get(b.childKey);
    if (child === undefined) continue;
    const parent = b.parentKey ? (ids.item.get(b.parentKey) ?? null) : null;
    const answers = b.answerKeys.map((k) => ids.item.get(k)).filter((x): x is number => x !== undefined);
    br.run(child, parent, JSON.stringify(answers), b.when, b.prose, b.source, b.at);
  }
  for (const i of cb.items.values()) {
    const id = ids.item.get(i.key)!;
    for (const f of i.facts) prov.run(id, null, f.field, f.value, f.prov.source, f.prov.at ?? null, f.chosen ? 1 : 0);
  }
}
