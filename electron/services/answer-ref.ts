// An answer named in a branching rule, as users read it: its code, concept ID and wording. An
// answer without a wording of its own takes an option's label (any question's), else none: the
// view then says "label unknown (ID n)" rather than dropping it.
import type { BranchAnswer } from '../contract/models';
import { prepared } from './search/statements';
import type { Codebook } from './store';

const SQL = `SELECT code, concept_id,
    coalesce(text_en, (SELECT label_en FROM options WHERE answer_id = items.id AND label_en IS NOT NULL LIMIT 1)) AS text_en,
    coalesce(text_es, (SELECT label_es FROM options WHERE answer_id = items.id AND label_es IS NOT NULL LIMIT 1)) AS text_es
  FROM items WHERE id = ?`;

type Row = { code: string | null; concept_id: number | null; text_en: string | null; text_es: string | null };

export function answerRef(db: Codebook, id: number): BranchAnswer {
  const a = prepared(db, SQL).get(id) as Row | undefined;
  return { code: a?.code ?? null, conceptId: a?.concept_id ?? null, text: { en: a?.text_en ?? null, es: a?.text_es ?? null } };
}
