// The page index and its highlight boxes (page-index.ts, highlight-boxes.ts) computed on a worker
// thread while this thread writes the rest of the database, so that both cores work until the end
// of the build. The worker runs the same code on a copy of the database as it is when the index
// starts (`db.serialize()`: what it reads is written by then, and nothing written later is read by
// it), and sends back the rows it made; this thread inserts them. The result is the same rows,
// on any thread; with one core the index is made here, as before.
import type Database from 'better-sqlite3';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { spawnTsWorker } from '../read/ts-worker';
import type { PageRun } from '../model/records';
import { writePageIndex } from './page-index';
import { writeHighlightBoxes } from './highlight-boxes';

/** What the page index reads of each merged document. */
export interface PageDocument {
  sha256: string;
  pageTexts: string[];
  pageRuns: PageRun[][];
}
export interface Boxed {
  boxed: number;
  of: number;
}
/** Sent to the worker: first the documents, then the database's copy with a port and a flag to answer on. */
export type PageIndexMessage = { documents: PageDocument[] } | { snapshot: Uint8Array; port: MessagePort; done: SharedArrayBuffer };
/** The worker's answer: question_pages' rows, column by column as in QUESTION_PAGE_COLUMNS. */
export type PageIndexAnswer = { rows: unknown[][]; boxes: Boxed } | { error: string };

export const QUESTION_PAGE_COLUMNS = 'item_id, document_id, page, method, score, boxes, wording';
const ANSWER_TIMEOUT_MS = 120_000;

/** Both steps on `db` itself, in order: the page index, then its boxes. */
export function pageIndexHere(db: Database.Database, documents: PageDocument[]): Boxed {
  writePageIndex(db, documents);
  return writeHighlightBoxes(db, documents);
}

export class PageIndexThread {
  private worker: Worker | null = null;

  /** Starts the worker (it loads its code and takes the documents while this thread writes). */
  constructor(private readonly documents: PageDocument[], threads = availableParallelism() > 1) {
    if (!threads || documents.length === 0) return;
    this.worker = spawnTsWorker(new URL('./page-index-worker.ts', import.meta.url));
    const message: PageIndexMessage = { documents: documents.map(({ sha256, pageTexts, pageRuns }) => ({ sha256, pageTexts, pageRuns })) };
    this.worker.postMessage(message);
  }

  private port: MessagePort | null = null;
  private done: Int32Array | null = null;

  /** Hands the worker a copy of `db` as it is now; call when every table the index reads is written. */
  start(db: Database.Database): void {
    if (!this.worker) return;
    const { port1, port2 } = new MessageChannel();
    const done = new SharedArrayBuffer(4);
    const message: PageIndexMessage = { snapshot: db.serialize(), port: port2, done };
    this.worker.postMessage(message, [port2]);
    this.port = port1;
    this.done = new Int32Array(done);
  }

  /** Waits for the worker's rows and inserts them into `db` (or makes them here without a worker). */
  finish(db: Database.Database): Boxed {
    if (!this.worker || !this.port || !this.done) return pageIndexHere(db, this.documents);
    try {
      if (Atomics.wait(this.done, 0, 0, ANSWER_TIMEOUT_MS) === 'timed-out') throw new Error(`page index: no answer from its worker thread in ${ANSWER_TIMEOUT_MS / 1000} s`);
      const answer = receiveMessageOnPort(this.port)?.message as PageIndexAnswer | undefined;
      if (!answer) throw new Error('page index: the worker thread answered nothing');
      if ('error' in answer) throw new Error(`page index failed in its worker thread: ${answer.error}`);
      const insert = db.prepare(`INSERT INTO question_pages (${QUESTION_PAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
      for (const r of answer.rows) insert.run(r);
      return answer.boxes;
    } finally {
      this.close();
    }
  }

  /** Ends the worker (also when the build failed before `finish`). */
  close(): void {
    void this.worker?.terminate();
    this.port?.close();
    this.worker = null;
  }
}
