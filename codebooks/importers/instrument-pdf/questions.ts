// Finds the questions in the body of an instrument and what is printed with each: footnotes,
// original source wording, the branching statement it sits under, and its answer labels.
// Nesting is read from indentation: a branch's questions are indented under the answer that
// opens them, and an answer belongs to the nearest question to its left.
import type { Lang, PrintedQuestionRecord } from '../../model/records';
import type { Block } from './blocks';
import { joinWrapped, stripFootnotes } from './footnotes';
import { addAnswer, addBulletAnswer, TOL } from './answers';
import { OPEN_STATEMENT, STATEMENT_END, statementLines } from './statements';

const PPI_ID = /^PPI(\d+)\.\s*/;
/** The Basics (2018) prints most question IDs without the full stop too ("PPI1585879 How many years ..."). */
const QUESTION_ID = /^PPI\s?(\d{5,})(?:\.\s*|\s+)/;
const TOPIC = /^PPI\s?\d{5,}\.?\s+Topic:/i;
// A note to implementers printed in the question's paragraph (PFHH EN p.95, ES p.99: "Implementation
// note: These questions are only asked only for Self."): not the question's wording.
const IMPLEMENTATION_NOTE = /^Implementation note:[^.?!]*[.!]\s+/i;
// The instruction printed in the question's own paragraph, before its wording (HCAU ES p.3 and p.5,
// BHP p.4): "If “Sí” is selected, display the following: En los últimos 12 meses …"; or the end of
// a long statement run into it (COPE Winter 2021 / New Year 2022 ES p.6: "selected in response to
// “…” AND “…”, then: ¿Recibió una dosis adicional …"). Its statement.
const LEADING_INSTRUCTION =
  /^(?:If\s+“[^”]*”\s*(?:,?\s*or\s+“[^”]*”\s*)*(?:is|are)\s+selected,?\s+(?:then|display the following)\s*:|selected\s+in\s+response\s+to\s+“[^”]*”(?:\s*AND\s+“[^”]*”)*,\s*then\s*:)\s*/i;
/** A branch that opens a message box ("Pop-up appears when ...") shows the message printed under it, no question. */
const POP_UP = /\bpop-?\s?up\b|ventana emergente/i;

interface Open {
  x: number;
  rec: PrintedQuestionRecord;
}

interface Branch {
  x: number;
  prose: string;
  /** A branch with no question to its left (section-level "skip to" rule) applies once. */
  once: boolean;
  /** Its statement goes on in the paragraphs below ("Branching logic: When:" / "1) … AND" / "2) …, then:"). */
  goesOn?: boolean;
}

export interface QuestionContext {
  module: string;
  language: Lang;
  source: string;
  /** The usual size of body text; larger plain text is a heading. */
  bodySize: number;
  /** Part of the document with its own Sources section (null: the main part). */
  section: string | null;
  firstSequence: number;
}

export function findQuestions(blocks: Block[], ctx: QuestionContext): { printed: PrintedQuestionRecord[]; notes: string[] } {
  const printed: PrintedQuestionRecord[] = [];
  const notes: string[] = [];
  const open: Open[] = [];
  const branches: Branch[] = [];
  let last: Block | null = null;
  let lastQuestion: PrintedQuestionRecord | null = null;
  let questionBlock: Block | null = null;
  /** The branch statement, or its last part, printed last (see `goesOn`). */
  let statementBlock: Block | null = null;
  /** The last answer printed flush with its question, as a plain line (see `flushAnswer`). */
  let flushBlock: Block | null = null;
  /** A question printed at `b`: it closes the questions at its indent or right of it, and takes the answers under it. */
  const startQuestion = (rec: PrintedQuestionRecord, b: Block) => {
    while (open.length && open[open.length - 1]!.x >= b.x - TOL) open.pop();
    printed.push(rec);
    open.push({ x: b.x, rec });
    lastQuestion = rec;
    questionBlock = b;
  };

  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.kind === 'plain') {
      const para = stripFootnotes(b.lines);
      const asAnswer = looseAnswer(b, last, open);
      if (lastQuestion && last && last === questionBlock && lastQuestion.answers!.length === 0 && /^Note:/i.test(para.text)) {
        // "Note: Active duty does not include ..." under the question: its footnote is the question's.
        lastQuestion!.footnotes.push(...para.footnotes);
      } else if (asAnswer) {
        addAnswer(asAnswer.rec, para.text, b.page);
      } else if (lastQuestion && questionBlock && flushAnswer(b, para, last, questionBlock, flushBlock, lastQuestion)) {
        addAnswer(lastQuestion, para.text, b.page);
        flushBlock = b;
      } else if (isQuestion(b, para.footnotes, next, ctx.bodySize)) {
        while (branches.length && branches[branches.length - 1]!.x > b.x + TOL) branches.pop();
        const branch = branches[branches.length - 1];
        if (branch?.once) branches.pop();
        const stated = statementLines(b.lines);
        const wording = stated ? stripFootnotes(b.lines.slice(stated)).text : para.text;
        const id = QUESTION_ID.exec(wording);
        const text = wording.replace(QUESTION_ID, '').replace(IMPLEMENTATION_NOTE, '');
        const lead = stated ? joinWrapped(b.lines.slice(0, stated).map((l) => l.text)) : LEADING_INSTRUCTION.exec(text)?.[0];
        const prose = lead && branch?.goesOn && last === statementBlock ? `${branch.prose} ${lead.trim()}` : (lead?.trim() ?? branch?.prose ?? null);
        const rec = printedRecord(lead && !stated ? text.slice(lead.length) : text, para.footnotes, prose, b.page, printed.length, ctx);
        if (id) rec.ref = { conceptId: Number(id[1]) };
        startQuestion(rec, b);
      } else if (branches.at(-1)?.goesOn && last === statementBlock) {
        // A part of the statement above: its conditions, printed as paragraphs of their own.
        const branch = branches.at(-1)!;
        branch.prose = `${branch.prose} ${para.text}`;
        branch.goesOn = !STATEMENT_END.test(para.text);
        statementBlock = b;
      }
    } else if (b.kind === 'bullet') {
      while (open.length && open[open.length - 1]!.x >= b.x - TOL) open.pop();
      while (branches.length && branches[branches.length - 1]!.x >= b.x - TOL) branches.pop();
      const owner = open[open.length - 1];
      // A branch statement still open, printed right of the owner's question: under one of its answers.
      const branchX = branches.at(-1)?.x ?? -Infinity;
      if (owner) addBulletAnswer(owner.rec, joinWrapped([b.lines[0]!.body, ...b.lines.slice(1).map((l) => l.text)]), b.page, b.x, branchX > owner.x + TOL ? branchX : null);
    } else if (b.kind === 'original') {
      const text = joinWrapped(b.lines.map((l) => l.text));
      const q = lastQuestion as PrintedQuestionRecord | null;
      // Only the bracket right under a question is its original wording; others belong to answers.
      if (q && (last?.kind === 'plain' || last?.kind === 'help') && q.originalText === null && q.answers!.length === 0) {
        q.originalText = text.replace(/^\[\s*Original source question text\s*:\s*/i, '').replace(/\]\s*$/, '').trim();
      }
    } else if (b.kind === 'help') {
      const q = lastQuestion as PrintedQuestionRecord | null;
      // Only the help right under a question's wording is its help (EHHWB, BHP).
      if (q && last === questionBlock && !q.helpText && q.answers!.length === 0) q.helpText = helpBody(joinWrapped(b.lines.map((l) => l.text)));
    } else if (b.kind === 'branch') {
      const prose = joinWrapped(b.lines.map((l) => l.text));
      // Printed after the question whose answers trigger it, at that question's indent: kept open,
      // it would gate every question after it (COPE June 2020 p.19, after PHQ-9 item 9).
      if (POP_UP.test(prose)) {
        last = b;
        return;
      }
      // The Basics (2018) prints the tribe prompt in the statement itself ("Branching Logic if
      // selected: Provide the name of the tribe …"), its free-text answer under it: a question.
      const asked = ASKED_IN_BRANCH.exec(prose);
      if (asked) {
        startQuestion(printedRecord(asked[2]!, [], asked[1]!, b.page, printed.length, ctx), b);
        last = b;
        return;
      }
      const enclosing = open.some((o) => o.x < b.x - TOL);
      while (branches.length && branches[branches.length - 1]!.x >= b.x - TOL) branches.pop();
      branches.push({ x: b.x, prose, once: !enclosing, goesOn: OPEN_STATEMENT.test(prose) });
      statementBlock = b;
    }
    last = b;
  });
  const unanswered = printed.filter((q) => q.answers!.length === 0).length;
  if (unanswered) notes.push(`${unanswered} printed questions have no answer options under them (free text, or layout not understood)`);
  return { printed, notes };
}

/** A question printed where the block starts: its wording, footnotes and the statement it is under. */
function printedRecord(text: string, footnotes: number[], branchingProse: string | null, page: number, index: number, ctx: QuestionContext): PrintedQuestionRecord {
  return {
    module: ctx.module,
    language: ctx.language,
    text,
    footnotes,
    originalText: null,
    branchingProse,
    answers: [],
    answerIds: [],
    page,
    section: ctx.section,
    sequence: ctx.firstSequence + index,
    prov: { source: ctx.source, at: `page ${page}` },
  };
}

/** A statement with the question it shows in it: "Branching Logic if selected: Provide the name of …". */
const ASKED_IN_BRANCH = /^(Branching Logic if selected:)\s+(\p{Lu}.{30,}[^:])$/u;

/**
 * Lifestyle (1585855.pdf page 4) prints the answers of "PPI1585636. In your LIFETIME, which of the
 * following substances have you ever used?" as plain lines flush with it ("PPI1585637. Marijuana
 * (...)"): a line with an ID, no footnote and no question mark, right under a question that has no
 * answer yet (or under such an answer), at its indent, is an answer.
 */
function flushAnswer(b: Block, para: { text: string; footnotes: number[] }, last: Block | null, question: Block, previous: Block | null, rec: PrintedQuestionRecord): boolean {
  if (!PPI_ID.test(para.text) || para.footnotes.length > 0 || /[?:]\s*$/.test(para.text) || Math.abs(b.x - question.x) > TOL) return false;
  return (last === question && rec.answers!.length === 0) || (last !== null && last === previous);
}

function isQuestion(b: Block, footnotes: number[], next: Block | undefined, bodySize: number): boolean {
  if (b.lines[0]!.size >= bodySize + 2.5) return false;
  if (footnotes.length > 0 || PPI_ID.test(b.lines[0]!.text)) return true;
  // An ID without the full stop starts a question only when the paragraph asks one (not a topic, not an answer).
  const text = b.lines.map((l) => l.text).join(' ');
  if (QUESTION_ID.test(text) && !TOPIC.test(text) && /\?\s*\d{0,2}$/.test(text)) return true;
  if (!next) return false;
  if (next.kind === 'original' || next.kind === 'help') return true;
  if (next.kind === 'bullet') return next.x > b.x - TOL || next.page !== b.page;
  if (next.kind === 'fill') return next.x > b.x + TOL || next.lines[0]!.text.length < 40;
  return false;
}

/**
 * Old instruments print some answers without a bullet glyph ("PPI1585858. Yes" under the
 * question, or "Don't know" aligned with the bulleted answers above it).
 */
function looseAnswer(b: Block, last: Block | null, open: Open[]): Open | null {
  if (b.lines.length > 1 || !last || b.lines[0]!.spans.some((s) => s.sup && /\d/.test(s.text))) return null;
  const owner = open[open.length - 1];
  if (!owner || b.x <= owner.x + TOL) return null;
  const afterQuestion = last.kind === 'plain' && owner.rec.answers!.length === 0 && PPI_ID.test(b.lines[0]!.text);
  const alignedWithAnswer = (last.kind === 'bullet' || last.kind === 'plain') && owner.rec.answers!.length > 0 && Math.abs(last.x - b.x) <= TOL;
  return afterQuestion || alignedWithAnswer ? owner : null;
}

/** "(Help Text: Obligations: Duties, …)" → "Obligations: Duties, …". */
function helpBody(text: string): string {
  return text.replace(/^\(\s*(?:Help text|Texto de ayuda)\s*:\s*/i, '').replace(/\)\s*$/, '').trim();
}
