// The answers a printed question lists, as (question, ID, label) triples, with the layouts of the
// 2017/2018 PDFs undone: a label broken over two lines prints its ID on each line (joined back);
// a check-all question prints its follow-ups inline ("Asian (...) PPI1586151 Branching Logic if
// “Asian”, display the following:"), whose answers then belong to that follow-up question.
import type { PrintedQuestionRecord } from '../model/records';
import { looseText } from './conflicts';

export interface PrintedAnswer {
  questionId: number;
  /** The question the printed line is under when it is a follow-up's answer (else null). */
  parentQuestionId: number | null;
  id: number;
  label: string;
  /** The page the answer is printed on (its question's where the reader did not record it). */
  page: number | null;
}

const FOLLOW_UP = /\s*PPI\s?(\d{5,})\s+Branching Logic\b.*$/i;
const FREE_TEXT_ID = /\s*\(PPI\s?\d{5,}[^)]*\)\s*$/i;

export function printedAnswers(p: PrintedQuestionRecord): PrintedAnswer[] {
  const top = p.ref?.conceptId;
  // Everything printed under the question, with the lists of other questions among its answers.
  const { answers, answerIds, answerPages } = p.listed ?? p;
  if (top == null || !answerIds) return [];
  const out: PrintedAnswer[] = [];
  let current = top;
  answerIds.forEach((id, i) => {
    const raw = answers?.[i] ?? '';
    const followUp = FOLLOW_UP.exec(raw);
    const label = raw.replace(FOLLOW_UP, '').replace(FREE_TEXT_ID, '').trim();
    if (id != null) {
      const prev = out.at(-1);
      // The same ID on the next line: one label printed over two lines.
      if (prev && prev.id === id && i > 0 && answerIds[i - 1] === id) prev.label = `${prev.label} ${label}`;
      else out.push({ questionId: followUp ? top : current, parentQuestionId: followUp || current === top ? null : top, id, label, page: answerPages?.[i] ?? p.page ?? null });
    }
    if (followUp) current = Number(followUp[1]);
  });
  return out;
}

/** Ways a label may be written: as is, without a rating score ("4 = Mild"), without "(For example: ...)". */
export function labelForms(label: string): { full: string[]; head: string | null } {
  const full = [looseText(label), looseText(label.replace(/^\s*\d+\s*=\s*/, ''))].filter(Boolean);
  const h = /^([^(]{3,}?)\s*\(/.exec(label.replace(/^\s*\d+\s*=\s*/, ''));
  return { full, head: h ? looseText(h[1]!) : null };
}
