// The answers printed under a question, added as the reader meets them: their labels, the PPI
// IDs the 2017/2018 instruments print before them, and what is printed among them that is not
// theirs (an instruction, a follow-up's answers, another question's list).
import type { PrintedQuestionRecord } from '../../model/records';

/** How far apart two x positions may be and still be the same indent. */
export const TOL = 3;
/** The Basics (2018) prints answer IDs without the full stop ("PPI1586136 USA"). */
const ANSWER_ID = /^PPI\s?(\d{5,})\.?\s+/;

// An instruction printed in the answer's own block ("There is NO place If selected, skip to “…”",
// "Don’t know If “yes” is selected, display the following: What is the total number of …?"),
// Health Care Access, English and Spanish: not part of the answer's label.
const IN_ANSWER_INSTRUCTION = /\s+If\s+(?:\S+\s+){0,4}?selected,?\s+(?:then\s+)?(skip to|display the following)\b/i;
/** Questions whose later bullets belong to a follow-up printed inside one of their answers. */
const followUpOpened = new WeakSet<PrintedQuestionRecord>();

/** An answer label, and the PPI concept ID the 2017/2018 instruments print before it ("PPI1585861. Every day"). */
export function addAnswer(rec: PrintedQuestionRecord, text: string, page: number): void {
  if (followUpOpened.has(rec)) return;
  const instruction = IN_ANSWER_INSTRUCTION.exec(text);
  const kept = instruction ? text.slice(0, instruction.index) : text;
  pushAnswer(rec as AnswerList, kept, page);
  if (rec.listed) pushAnswer(rec.listed, kept, page);
  // The follow-up's own answers come next (its visit counts), not this question's.
  if (instruction && /display/i.test(instruction[1]!)) followUpOpened.add(rec);
}

/**
 * The Basics prints a list under an answer that is another question's (its code's own options):
 * "● Asian (…)" / "Branching Logic: when “Asian” selected, then select:" / "❏ Asian Indian" …,
 * and in 2018 the statement ends the answer's text ("… PPI1586151 Branching Logic if “Asian”,
 * display the following:"). The list's bullets, indented deeper than the answers, are not this
 * question's answers; the next answer at the answers' indent is. The 2018 lists' printed IDs are
 * facts of their own question's answers: everything as printed stays in `listed`.
 */
const LIST_IN_ANSWER = /\s*PPI\s?\d{5,}\s+Branching Logic\b.*$/i;
const answersAt = new WeakMap<PrintedQuestionRecord, number>();
const listOpenedAt = new WeakMap<PrintedQuestionRecord, number>();

/** `branchX`: the x of a branch statement still open under one of the question's answers, if any. */
export function addBulletAnswer(rec: PrintedQuestionRecord, text: string, page: number, x: number, branchX: number | null): void {
  const level = answersAt.get(rec);
  if (level !== undefined && x > level + TOL && branchX !== null && branchX > level + TOL) return;
  const opened = listOpenedAt.get(rec);
  if (opened !== undefined && x > opened + TOL) return void pushAnswer(rec.listed!, text, page);
  listOpenedAt.delete(rec);
  if (level === undefined) answersAt.set(rec, x);
  if (!LIST_IN_ANSWER.test(text)) return addAnswer(rec, text, page);
  rec.listed ??= { answers: [...rec.answers!], answerIds: [...rec.answerIds!], answerPages: [...(rec.answerPages ?? [])] };
  pushAnswer(rec.listed, text, page);
  pushAnswer(rec as AnswerList, text.replace(LIST_IN_ANSWER, ''), page);
  listOpenedAt.set(rec, x);
}

/** A list of answers: labels, the PPI ID printed before each (null where none is), the page each is on. */
type AnswerList = { answers: string[]; answerIds: (number | null)[]; answerPages?: number[] };

// A note to implementers printed under an answer, read into its block (COPE July 2020 ES p.8:
// "Ninguna de las opciones anteriores" / "Implementation note: … was added in the June and later
// versions."): not part of the label.
const IMPLEMENTATION_NOTE = /\s+Implementation note:.*$/is;

/** An answer label and the PPI ID printed before it, added to a list with its page. */
function pushAnswer(list: AnswerList, text: string, page: number): void {
  const id = ANSWER_ID.exec(text);
  list.answers.push(text.replace(ANSWER_ID, '').replace(IMPLEMENTATION_NOTE, '').trim());
  list.answerIds.push(id ? Number(id[1]) : null);
  (list.answerPages ??= []).push(page);
}
