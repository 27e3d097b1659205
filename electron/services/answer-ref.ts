// An answer named in a branching rule, as users read it: its code, concept ID and wording. The
// wording is the answer's label under the rule's question when that question offers it, else the
// answer's own; an answer without a wording of its own takes an option's label (any question's),
// else none: the view then says "label unknown (ID n)" rather than dropping it. English and
// Spanish always come from the same row, so a Spanish label never stands beside another English.
import type { BranchAnswer } from '../contract/models';
import { prepared } from './search/statements';
import type { Codebook } from './store';

const ITEM = 'SELECT code, concept_id, text_en, text_es FROM items WHERE id = ?';
const OPTIONS = `SELECT question_id, label_en, label_es FROM options WHERE answer_id = ?
  AND (label_en IS NOT NULL OR label_es IS NOT NULL) ORDER BY question_id, position`;

type Item = { code: string | null; concept_id: number | null; text_en: string | null; text_es: string | null };
type Label = { question_id: number; label_en: string | null; label_es: string | null };

const same = (a: string | null, b: string | null) => a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

export function answerRef(db: Codebook, id: number, questionId?: number | null): BranchAnswer {
  const a = prepared(db, ITEM).get(id) as Item | undefined;
  const labels = prepared(db, OPTIONS).all(id) as Label[];
  const here = questionId == null ? undefined : labels.find((l) => l.question_id === questionId && l.label_en !== null);
  let en = here?.label_en ?? a?.text_en ?? null;
  let es = here ? here.label_es : (a?.text_es ?? null);
  if (!here && en === null && es === null && labels.length) ({ label_en: en, label_es: es } = labels[0]!);
  else if (!here && es === null) es = labels.find((l) => same(l.label_en, en))?.label_es ?? null;
  else if (!here && en === null) en = labels.find((l) => same(l.label_es, es))?.label_en ?? null;
  return { code: a?.code ?? null, conceptId: a?.concept_id ?? null, text: { en, es } };
}
