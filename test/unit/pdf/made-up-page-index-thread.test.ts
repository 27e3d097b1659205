// The page index made on a worker thread (from a copy of the database) gives the rows the build
// makes on its own thread: same pages, methods, scores and highlight boxes. Made-up survey,
// wordings and page texts (not from any instrument).
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageRun } from '../../../codebooks/model/records';
import { pageIndexHere, PageIndexThread, QUESTION_PAGE_COLUMNS, type PageDocument } from '../../../codebooks/write/page-index-thread';

const SCHEMA = readFileSync(join(import.meta.dirname, '../../../codebooks/schema.sql'), 'utf8');

const QUESTIONS = [
  ['How many made-up widgets do you own?', '¿Cuántos artilugios inventados tiene?'],
  ['Which made-up colour do you like best?', '¿Qué color inventado prefiere?'],
  ['Is this made-up question printed anywhere?', null],
] as const;

// Page 1 a title, page 2 the widgets, page 3 the colour; the third question is printed nowhere.
const pages = (lang: 0 | 1) => [['Made-up survey', 'Version: May 31, 2018'], ['Section A', QUESTIONS[0][lang]!, 'None', 'Some'], ['Section B', QUESTIONS[1][lang]!, 'Red', 'Blue']];

function document(sha256: string, lang: 0 | 1): PageDocument {
  const lines = pages(lang);
  const runs = (page: string[]): PageRun[] => page.map((str, k) => ({ str, x: 72, y: 100 + 20 * k, size: 12, width: 6 * str.length, eol: true }));
  return { sha256, pageTexts: lines.map((l) => l.join('\n')), pageRuns: lines.map(runs) };
}
const DOCUMENTS = [document('made-up-en', 0), document('made-up-es', 1)];

function madeUpDb(): Database.Database {
  const db = new Database(':memory:');
  db.exec(SCHEMA);
  db.prepare(`INSERT INTO modules (id, slug, status, category) VALUES (1, 'made-up', 'current', 'survey')`).run();
  QUESTIONS.forEach(([en, es], i) => {
    db.prepare(`INSERT INTO items (id, kind, code, code_lower, module_id, text_en, text_es) VALUES (?, 'question', ?, ?, 1, ?, ?)`).run(i + 1, `MadeUp_Q${i + 1}`, `madeup_q${i + 1}`, en, es);
    db.prepare('INSERT INTO item_modules (item_id, module_id, position) VALUES (?, 1, ?)').run(i + 1, i + 1);
  });
  const doc = db.prepare(`INSERT INTO documents (id, module_id, language, pages, sha256, file, source) VALUES (?, 1, ?, 3, ?, ?, 'made-up')`);
  doc.run(1, 'en', 'made-up-en', 'made-up.pdf');
  doc.run(2, 'es', 'made-up-es', 'made-up-spanish.pdf');
  return db;
}

const rowsOf = (db: Database.Database) => db.prepare(`SELECT ${QUESTION_PAGE_COLUMNS} FROM question_pages ORDER BY item_id, document_id`).all() as Record<string, unknown>[];

describe('the page index on a worker thread', () => {
  it('gives the rows made on this thread, boxes included', () => {
    const here = madeUpDb();
    const hereBoxes = pageIndexHere(here, DOCUMENTS);
    const expected = rowsOf(here);
    // Not trivial: each wording found on its page in both languages, the unprinted one nowhere.
    expect(expected.map((r) => [r.item_id, r.document_id, r.page])).toEqual([
      [1, 1, 2],
      [1, 2, 2],
      [2, 1, 3],
      [2, 2, 3],
    ]);
    expect(expected.every((r) => typeof r.boxes === 'string')).toBe(true);

    const there = madeUpDb();
    const thread = new PageIndexThread(DOCUMENTS, true);
    thread.start(there);
    // Written after the copy was taken: the worker must not see it, and its rows must not be lost.
    there.prepare(`INSERT INTO meta (key, value) VALUES ('made-up', 'after the copy')`).run();
    expect(thread.finish(there)).toEqual(hereBoxes);
    expect(rowsOf(there)).toEqual(expected);
  });

  it('makes the index on this thread when asked for no worker', () => {
    const db = madeUpDb();
    const thread = new PageIndexThread(DOCUMENTS, false);
    thread.start(db);
    expect(thread.finish(db)).toEqual({ boxed: 4, of: 4 });
    expect(rowsOf(db)).toHaveLength(4);
  });
});
