// Makes a list entry from the codebook: the identifiers and a snapshot of the texts as they are
// now, so an export still works after the database changes.
import { randomUUID } from 'node:crypto';
import { showItem } from '../item-detail';
import { metaValue, type Codebook } from '../store';
import type { Answer, ItemDetail } from '../../contract/models';
import { ListsError } from './operations';
import type { EntryAnswer, ListEntry } from './schema';

/** 'all', or the chosen answers by code (or concept ID for an answer without a code). */
export type AnswerChoice = 'all' | string[];

export const answerKey = (a: Pick<Answer, 'code' | 'conceptId'>): string | null => a.code ?? (a.conceptId != null ? String(a.conceptId) : null);

const pickAnswer = ({ code, conceptId, standardConceptId, text }: Answer): EntryAnswer => ({ code, conceptId, standardConceptId, text });

/** The question an item stands for: itself, or the question an answer belongs to. */
function questionOf(db: Codebook, item: ItemDetail): { question: ItemDetail; chosen: AnswerChoice | null } {
  if (item.kind === 'question') return { question: item, chosen: null };
  if (item.kind === 'answer') {
    const parent = [...item.ancestry].reverse().find((a) => a.kind === 'question');
    const q = parent ? showItem(db, String(parent.conceptId ?? parent.code)) : null;
    const key = answerKey(item);
    if (q && key) return { question: q, chosen: [key] };
  }
  throw new ListsError(`${item.code ?? item.conceptId} is a ${item.kind}, not a question: only questions and their answers go in a list`);
}

export function chooseAnswers(all: Answer[], choice: AnswerChoice): { allAnswers: boolean; answers: EntryAnswer[] } {
  if (choice === 'all') return { allAnswers: true, answers: all.map(pickAnswer) };
  const wanted = new Set(choice.map((c) => c.toLowerCase()));
  const answers = all.filter((a) => wanted.has(answerKey(a)?.toLowerCase() ?? '\0'));
  if (answers.length === 0) throw new ListsError(`none of the chosen answers (${choice.join(', ')}) belongs to this question`);
  return { allAnswers: answers.length === all.length, answers: answers.map(pickAnswer) };
}

function uniqueSources(q: ItemDetail): ListEntry['sources'] {
  const seen = new Map<string, ListEntry['sources'][number]>();
  // An original wording with no instrument named is no source instrument of the list.
  for (const s of q.sources) if (s.name !== null) seen.set(`${s.instrument ?? ''}\0${s.name}`, { instrument: s.instrument, name: s.name });
  return [...seen.values()];
}

export function entryFromCodebook(db: Codebook, idOrCode: string, choice: AnswerChoice = 'all'): ListEntry {
  const item = showItem(db, idOrCode);
  if (!item) throw new ListsError(`no question with concept ID or code "${idOrCode}"`);
  const { question, chosen } = questionOf(db, item);
  return {
    id: randomUUID(),
    code: question.code,
    conceptId: question.conceptId,
    survey: question.survey,
    text: question.text,
    ...chooseAnswers(question.answers, chosen ?? choice),
    sources: uniqueSources(question),
    note: '',
    codebookAsOf: metaValue(db, 'codebook_as_of') || null,
    addedAt: new Date().toISOString(),
  };
}
