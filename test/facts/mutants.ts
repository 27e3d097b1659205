// Ways to break a copy of the database, each aimed at one module and at a fact some reader
// states (see coverage.ts). Each returns what it changed, or null when the module has no target.
import type Database from 'better-sqlite3';
import type { Coverage } from './coverage';

export interface Target {
  db: Database.Database;
  module: { id: number; slug: string };
  cov: Coverage;
  /** Picks one element, from the check's seeded random source. */
  pick: <T>(xs: T[]) => T | undefined;
}

type Row = { id: number; code: string | null; v: string | number | null };
const questions = (t: Target, column: string, covered: Set<number>): Row[] =>
  (t.db.prepare(`SELECT id, code, ${column} AS v FROM items WHERE kind = 'question' AND module_id = ? AND ${column} IS NOT NULL ORDER BY id`).all(t.module.id) as Row[]).filter((r) =>
    covered.has(r.id),
  );

/** Two covered items of the module with different values of a column, the values swapped. */
function swap(t: Target, column: string, covered: Set<number>, others = covered): string | null {
  const a = t.pick(questions(t, column, covered));
  const b = a && t.pick(questions(t, column, others).filter((r) => r.id !== a.id && r.v !== a.v));
  if (!a || !b) return null;
  const set = t.db.prepare(`UPDATE items SET ${column} = ? WHERE id = ?`);
  set.run(b.v, a.id);
  set.run(a.v, b.id);
  if (column === 'code') t.db.prepare('UPDATE items SET code_lower = lower(code) WHERE id IN (?, ?)').run(a.id, b.id);
  return `${a.code} <-> ${b.code}`;
}

type OptionRow = { question_id: number; answer_id: number; q: string; a: string; label_es: string | null; standard_concept_id: number | null };
const options = (t: Target): OptionRow[] =>
  t.db
    .prepare(
      `SELECT o.question_id, o.answer_id, q.code AS q, a.code AS a, o.label_es, o.standard_concept_id
         FROM options o JOIN items q ON q.id = o.question_id JOIN items a ON a.id = o.answer_id
        WHERE q.module_id = ? ORDER BY o.question_id, o.position`,
    )
    .all(t.module.id) as OptionRow[];

export const MUTANTS: Record<string, (t: Target) => string | null> = {
  'concept IDs swapped': (t) => swap(t, 'concept_id', t.cov.conceptId),
  'codes swapped': (t) => swap(t, 'code', t.cov.conceptId),
  "a neighbour's Spanish": (t) => swap(t, 'text_es', t.cov.textEs, new Set(questions(t, 'text_es', new Set(questionIds(t))).map((r) => r.id))),
  "a neighbour's English": (t) => swap(t, 'text_en', t.cov.textEn),
  "answer IDs swapped with a sibling's": (t) => {
    const ids = t.db.prepare('SELECT id, concept_id FROM items WHERE concept_id IS NOT NULL');
    const concept = new Map((ids.all() as { id: number; concept_id: number }[]).map((r) => [r.id, r.concept_id]));
    const all = options(t).filter((x) => concept.has(x.answer_id));
    const o = t.pick(all.filter((x) => t.cov.conceptId.has(x.answer_id)));
    const other = o && all.find((x) => x.question_id === o.question_id && concept.get(x.answer_id) !== concept.get(o.answer_id));
    if (!o || !other) return null;
    const set = t.db.prepare('UPDATE items SET concept_id = ? WHERE id = ?');
    set.run(concept.get(other.answer_id), o.answer_id);
    set.run(concept.get(o.answer_id), other.answer_id);
    return `${o.a} <-> ${other.a} (${o.q})`;
  },
  'branching rule flipped': (t) => {
    const rules = t.db
      .prepare("SELECT b.id, b.child_id, b.source, c.code FROM branching b JOIN items c ON c.id = b.child_id WHERE c.module_id = ? AND b.parent_id IS NOT NULL ORDER BY b.id")
      .all(t.module.id) as { id: number; child_id: number; source: string; code: string }[];
    const r = t.pick(rules.filter((x) => t.cov.rule.has(`${x.child_id}|${x.source}`)));
    if (!r) return null;
    t.db.prepare("UPDATE branching SET shown_when = CASE shown_when WHEN 'shown' THEN 'hidden' ELSE 'shown' END WHERE id = ?").run(r.id);
    return `${r.code} (${r.source})`;
  },
  'option dropped': (t) => {
    const o = t.pick(options(t).filter((x) => t.cov.option.has(`${x.question_id}:${x.answer_id}`)));
    if (!o) return null;
    t.db.prepare('DELETE FROM options WHERE question_id = ? AND answer_id = ?').run(o.question_id, o.answer_id);
    return `${o.a} of ${o.q}`;
  },
  "a sibling option's Spanish label": (t) => {
    const all = options(t).filter((x) => x.label_es);
    const o = t.pick(all.filter((x) => t.cov.optionEs.has(`${x.question_id}:${x.answer_id}`)));
    const other = o && all.find((x) => x.question_id === o.question_id && x.label_es !== o.label_es);
    if (!o || !other) return null;
    t.db.prepare('UPDATE options SET label_es = ? WHERE question_id = ? AND answer_id = ?').run(other.label_es, o.question_id, o.answer_id);
    return `${o.a} of ${o.q} labelled as ${other.a}`;
  },
  'standard value concept changed': (t) => {
    const o = t.pick(options(t).filter((x) => x.standard_concept_id !== null && t.cov.standard.has(`${x.question_id}:${x.answer_id}`)));
    if (!o) return null;
    t.db.prepare('UPDATE options SET standard_concept_id = standard_concept_id + 1 WHERE question_id = ? AND answer_id = ?').run(o.question_id, o.answer_id);
    return `${o.a} of ${o.q}`;
  },
  'moved to another module': (t) => {
    const q = t.pick(questions(t, 'id', t.cov.module));
    const other = t.db.prepare("SELECT id FROM modules WHERE category = 'survey' AND id <> ? ORDER BY id LIMIT 1").get(t.module.id) as { id: number };
    if (!q) return null;
    t.db.prepare('UPDATE items SET module_id = ? WHERE id = ?').run(other.id, q.id);
    t.db.prepare('DELETE FROM item_modules WHERE item_id = ?').run(q.id);
    t.db.prepare('INSERT INTO item_modules (item_id, module_id, position) VALUES (?, ?, 1)').run(q.id, other.id);
    return `${q.code}`;
  },
  'source year changed': (t) => {
    const rows = t.db
      .prepare('SELECT rowid, source, number, at, year FROM instrument_citations WHERE module_id = ? AND year IS NOT NULL ORDER BY rowid')
      .all(t.module.id) as { rowid: number; source: string; number: number; at: string; year: string }[];
    const c = t.pick(rows.filter((r) => t.cov.citation.has(`${r.source}|${r.number}|${r.at}`)));
    if (!c) return null;
    t.db.prepare('UPDATE instrument_citations SET year = ? WHERE rowid = ?').run(String(Number(c.year) - 1), c.rowid);
    return `${c.source} #${c.number}: ${c.year} -> ${Number(c.year) - 1}`;
  },
};

function questionIds(t: Target): number[] {
  return (t.db.prepare("SELECT id FROM items WHERE kind = 'question' AND module_id = ?").all(t.module.id) as { id: number }[]).map((r) => r.id);
}
