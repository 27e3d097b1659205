// F15: English and Spanish of one release, item by item, with flags where they differ. The
// wording is the release's own; Spanish from another release is shown but flagged as such.
import type { AlignFlag, AlignRow, Alignment } from '../../contract/releases';
import { surveyRef } from '../item-detail';
import { findModuleId } from '../outline';
import type { Codebook } from '../store';
import { releaseScope } from './scope';
import { foldWording } from './texts';

interface Q { id: number; code: string | null; concept_id: number | null; text_en: string | null; text_es: string | null }

const looksLikeWords = (s: string) => /\p{L}{3}/u.test(s);

export function alignment(db: Codebook, survey: string, release?: string | null): Alignment | null {
  const moduleId = findModuleId(db, survey);
  if (moduleId === null) return null;
  const scope = releaseScope(db, moduleId, release);
  if (!scope) return null;
  const qs = (db.prepare(`SELECT i.id, i.code, i.concept_id, i.text_en, i.text_es FROM item_modules im JOIN items i ON i.id = im.item_id
    WHERE im.module_id = ? AND i.kind = 'question' ORDER BY im.position`).all(moduleId) as Q[]).filter((q) => scope.has(q.id));
  const esChosen = db.prepare(`SELECT source FROM provenance WHERE item_id = ? AND context_id IS NULL AND field = 'text.es' AND chosen = 1 LIMIT 1`);
  const merged = db.prepare(`SELECT o.answer_id AS answerId, coalesce(o.label_en, a.text_en) AS en, coalesce(o.label_es, a.text_es) AS es
    FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ? ORDER BY o.position`);
  const codeOf = db.prepare('SELECT code FROM items WHERE id = ?');
  const rows: AlignRow[] = qs.map((q) => {
    const t = scope.texts.get(q.id);
    const flags: AlignFlag[] = [];
    const en = t?.en ?? q.text_en;
    let es = t?.es ?? null;
    let esSource = t?.esSource ?? null;
    if (es === null && q.text_es) {
      es = q.text_es;
      esSource = (esChosen.get(q.id) as { source: string } | undefined)?.source ?? null;
      flags.push('es-from-other-release');
    } else if (es === null) flags.push('missing-translation');
    if (en && es && looksLikeWords(en) && foldWording(en) === foldWording(es)) flags.push('untranslated');
    const own = scope.options(q.id);
    const opts = (own ?? (merged.all(q.id) as { answerId: number; en: string | null; es: string | null }[])).map((o) => ({
      code: (codeOf.get(o.answerId) as { code: string | null } | undefined)?.code ?? null,
      en: o.en,
      es: o.es,
    }));
    if (opts.some((o) => o.en && !o.es)) flags.push('option-missing-translation');
    // Printed answer lists of the English and Spanish PDFs of the release.
    const pe = t?.answers.en;
    const ps = t?.answers.es;
    if (pe?.length && ps?.length && pe.length !== ps.length) flags.push('option-count');
    if (ps?.length && opts.length === ps.length && opts.every((o) => o.es)) {
      const printed = ps.map(foldWording);
      const listed = opts.map((o) => foldWording(o.es!));
      if ([...printed].sort().join('|') === [...listed].sort().join('|') && printed.join('|') !== listed.join('|')) flags.push('option-order');
    }
    return { code: q.code, conceptId: q.concept_id, en, es, esSource, options: opts, flags };
  });
  return { survey: surveyRef(db, moduleId)!, release: scope.release, rows };
}
