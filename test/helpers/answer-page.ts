// Where an answer is printed, read with pdftotext (not pdf.js, which the build reads): the page of
// the first line worded as the answer after the end of its question's wording as printed (its last
// printing that starts on or before the page cited). Checks the pages the build cites for answers.
import type Database from 'better-sqlite3';
import { pdfPages } from './pdftotext-flow';
import { realSource } from './sources';

export const squash = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** What may come before a question or an answer on its line: nothing, or its printed PPI ID ("PPI1585860."). */
const PRINTED_ID = /^(ppi\d+)?$/;
/** Before an answer: its printed ID, and the letter "o" some instruments print as its bullet. */
const ANSWER_LEAD = /^o?(ppi\d+)?$/;

/** A wording cut to its last line ("Select all that apply.") says nothing of where the question is. */
const SHORTEST = 30;

interface Stream {
  text: string;
  lines: { at: number; page: number; squashed: string }[];
}

export function answerPageReader(db: Database.Database): (source: string, questionId: number, label: string, page: number) => Promise<number | null> {
  const streams = new Map<string, Stream>();
  /** A PDF as pdftotext reads it: its lines squashed and joined, each line's offset and page. */
  const stream = async (source: string) => {
    let s = streams.get(source);
    if (!s) {
      s = { text: '', lines: [] };
      for (const [i, p] of pdfPages((await realSource(source)).path).entries()) {
        for (const l of p) {
          s.lines.push({ at: s.text.length, page: i + 1, squashed: squash(l.text) });
          s.text += squash(l.text);
        }
      }
      streams.set(source, s);
    }
    return s;
  };
  // The question's prints in that PDF and its own wordings.
  const wordingsOf = db.prepare(`SELECT p.text FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE p.item_id = ? AND d.source = ?
    UNION SELECT text_en FROM items WHERE id = ? AND text_en IS NOT NULL UNION SELECT text_es FROM items WHERE id = ? AND text_es IS NOT NULL`).pluck();
  return async (source, questionId, label, page) => {
    const s = await stream(source);
    let end = -1;
    for (const t of wordingsOf.all(questionId, source, questionId, questionId) as string[]) {
      const q = squash(t);
      if (q.length < SHORTEST) continue;
      for (let at = s.text.indexOf(q); at >= 0; at = s.text.indexOf(q, at + 1)) {
        const line = s.lines.findLast((l) => l.at <= at)!;
        // Printed as a question: from its line's start (after a printed ID), not quoted in a branching statement.
        if (!PRINTED_ID.test(s.text.slice(line.at, at))) continue;
        if (line.page <= page && at + q.length > end) end = at + q.length;
      }
    }
    if (end < 0) return null;
    const want = squash(label);
    return s.lines.find((l) => l.at >= end && (l.squashed === want || (l.squashed.endsWith(want) && ANSWER_LEAD.test(l.squashed.slice(0, -want.length)))))?.page ?? null;
  };
}
