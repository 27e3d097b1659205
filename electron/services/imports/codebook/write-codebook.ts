// Writes an imported codebook as one user module: its items in file order (topics, questions,
// answers), answer options and branching text, each with the row of the file it came from.
import type Database from 'better-sqlite3';
import type { ImportResult } from '../../../../codebooks/model/records';

export const CODEBOOK_TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE items (
  id INTEGER PRIMARY KEY, kind TEXT, code TEXT NOT NULL, code_lower TEXT NOT NULL, concept_id INTEGER,
  parent_code TEXT, form TEXT, text_en TEXT, text_es TEXT, field_type TEXT, position INTEGER NOT NULL, at TEXT
);
CREATE INDEX items_code ON items(code_lower);
CREATE TABLE options (question_code TEXT NOT NULL, answer_code TEXT NOT NULL, position INTEGER, label_en TEXT, label_es TEXT);
CREATE INDEX options_question ON options(lower(question_code));
CREATE TABLE branching (child_code TEXT NOT NULL, parent_code TEXT, prose TEXT, at TEXT);
`;

export function writeCodebook(db: Database.Database, r: ImportResult): number {
  db.exec(CODEBOOK_TABLES);
  const item = db.prepare('INSERT INTO items (kind, code, code_lower, concept_id, parent_code, form, text_en, text_es, field_type, position, at) VALUES (?,?,?,?,?,?,?,?,?,?,?)');
  const seen = new Set<string>();
  let position = 0;
  db.transaction(() => {
    for (const c of r.concepts) {
      if (!c.code || seen.has(c.code.toLowerCase())) continue;
      seen.add(c.code.toLowerCase());
      item.run(c.kind, c.code, c.code.toLowerCase(), c.conceptId ?? null, c.parent?.code ?? null, c.module ?? null, c.text?.en ?? null, c.text?.es ?? null, c.fieldType ?? null, ++position, c.prov.at ?? null);
    }
    const option = db.prepare('INSERT INTO options VALUES (?,?,?,?,?)');
    for (const o of r.options) if (o.question.code && o.answer.code) option.run(o.question.code, o.answer.code, o.position ?? null, o.label?.en ?? null, o.label?.es ?? null);
    const rule = db.prepare('INSERT INTO branching VALUES (?,?,?,?)');
    for (const b of r.branching) if (b.child.code) rule.run(b.child.code, b.parent?.code ?? null, b.prose ?? null, b.prov.at ?? null);
  })();
  return position + r.options.length;
}
