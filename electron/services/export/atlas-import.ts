// An ATLAS concept set expression read back as a variable list: each question concept becomes an
// entry with all its answers; an answer concept becomes a chosen answer of the questions of the
// set that offer it (or, if none does, of the first question that offers it). Excluded items are
// not selections and are skipped. A concept the codebook does not know stops the import, named.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ListsError } from '../lists/operations';
import type { ListEntry, VariableList } from '../lists/schema';
import { showItem } from '../item-detail';
import { answerKey, entryFromCodebook } from '../lists/snapshot';
import type { Codebook } from '../store';

const ConceptSet = z.object({
  items: z.array(
    z.object({
      concept: z.object({ CONCEPT_ID: z.number().int(), CONCEPT_CODE: z.string().nullish() }).passthrough(),
      isExcluded: z.boolean().optional(),
    }).passthrough(),
  ),
});

export const looksLikeConceptSet = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && Array.isArray((raw as { items?: unknown }).items) && !('format' in raw);

export function listFromConceptSet(db: Codebook, raw: unknown, name: string): VariableList {
  const parsed = ConceptSet.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new ListsError(`not an ATLAS concept set: ${i?.path.join('.') || '(root)'}: ${i?.message}`);
  }
  const kindOf = db.prepare(`SELECT kind FROM items WHERE concept_id = ? AND kind IN ('question', 'answer') ORDER BY kind = 'question' DESC LIMIT 1`);
  const questionsOffering = db.prepare(
    `SELECT DISTINCT q.concept_id AS id FROM options o JOIN items q ON q.id = o.question_id JOIN items a ON a.id = o.answer_id
      WHERE a.concept_id = ? AND q.concept_id IS NOT NULL ORDER BY o.question_id`,
  );
  const questions: number[] = [];
  const answers: { at: number; id: number }[] = [];
  parsed.data.items.forEach((it, at) => {
    if (it.isExcluded) return;
    const id = it.concept.CONCEPT_ID;
    const kind = (kindOf.get(id) as { kind: string } | undefined)?.kind;
    if (kind === 'question') {
      if (!questions.includes(id)) questions.push(id);
    } else if (kind === 'answer') answers.push({ at, id });
    else throw new ListsError(`items[${at}].concept.CONCEPT_ID: ${id} is not a PPI question or answer of the codebook`);
  });
  const chosen = new Map<number, number[]>(); // question concept → chosen answer concepts
  for (const a of answers) {
    const offering = (questionsOffering.all(a.id) as { id: number }[]).map((r) => r.id);
    const inSet = offering.filter((q) => questions.includes(q));
    const targets = inSet.length ? inSet : offering.slice(0, 1);
    if (targets.length === 0) throw new ListsError(`items[${a.at}].concept.CONCEPT_ID: answer ${a.id} belongs to no question of the codebook`);
    for (const q of targets) {
      if (!questions.includes(q)) questions.push(q);
      chosen.set(q, [...(chosen.get(q) ?? []), a.id]);
    }
  }
  const entries: ListEntry[] = questions.map((q) => {
    const ids = chosen.get(q);
    if (!ids) return entryFromCodebook(db, String(q), 'all');
    // Answers are chosen by their key in the question (code, else concept ID).
    const keys = (showItem(db, String(q))?.answers ?? []).filter((a) => a.conceptId != null && ids.includes(a.conceptId)).map(answerKey);
    return entryFromCodebook(db, String(q), keys.filter((k): k is string => k !== null));
  });
  const now = new Date().toISOString();
  return { id: randomUUID(), name: name.trim().slice(0, 200) || 'ATLAS concept set', note: 'Imported from an ATLAS concept set.', createdAt: now, updatedAt: now, entries };
}
