// How many questions of each module the raw files could give a source instrument: those already
// linked to one, plus each English printed question whose footnote resolves to an entry of its
// PDF's Sources section but that no codebook question was matched to (one per distinct wording).
// Capped at the module's question count. Workgroup rows that match no question are not counted.
import type Database from 'better-sqlite3';

export interface SourceCeiling {
  slug: string;
  questions: number;
  linked: number;
  /** Footnoted printed questions with a resolvable footnote but no matching codebook question. */
  unmatchedPrinted: number;
  ceiling: number;
}

export function sourceCeilings(db: Database.Database): SourceCeiling[] {
  const modules = db.prepare(`SELECT id, slug FROM modules ORDER BY position IS NULL, position, slug`).all() as { id: number; slug: string }[];
  const questions = db.prepare(`SELECT count(*) n FROM item_modules im JOIN items i ON i.id = im.item_id WHERE im.module_id = ? AND i.kind = 'question'`);
  const linked = db.prepare(`SELECT count(DISTINCT im.item_id) n FROM item_modules im JOIN items i ON i.id = im.item_id
    WHERE im.module_id = ? AND i.kind = 'question' AND EXISTS (SELECT 1 FROM question_sources s WHERE s.item_id = i.id AND s.instrument_id IS NOT NULL)`);
  const printed = db.prepare(`SELECT p.text, p.footnotes, d.source FROM printed_questions p JOIN documents d ON d.id = p.document_id
    WHERE d.module_id = ? AND d.language = 'en' AND p.item_id IS NULL AND p.footnotes <> '[]'`);
  const cited = new Set(
    (db.prepare('SELECT c.source, c.number FROM instrument_citations c WHERE c.number IS NOT NULL').all() as { source: string; number: number }[]).map(
      (c) => `${c.source}#${c.number}`,
    ),
  );
  const filesOf = db.prepare('SELECT source FROM document_files WHERE document_id = (SELECT document_id FROM document_files WHERE source = ?)');
  return modules.map((m) => {
    const q = (questions.get(m.id) as { n: number }).n;
    const l = (linked.get(m.id) as { n: number }).n;
    const texts = new Set<string>();
    for (const p of printed.all(m.id) as { text: string; footnotes: string; source: string }[]) {
      const files = (filesOf.all(p.source) as { source: string }[]).map((f) => f.source);
      const notes = JSON.parse(p.footnotes) as number[];
      if (notes.some((n) => files.some((f) => cited.has(`${f}#${n}`)))) texts.add(p.text.toLowerCase().replace(/[^a-z0-9]+/g, ''));
    }
    return { slug: m.slug, questions: q, linked: l, unmatchedPrinted: texts.size, ceiling: Math.min(q, l + texts.size) };
  });
}
