// Worker thread of page-index-thread.ts: keeps the documents, then makes the page index and its
// boxes on the copy of the database it is given, and answers with question_pages' rows (posted
// first, then the flag set: the main thread reads the answer as soon as the flag is set).
import Database from 'better-sqlite3';
import { parentPort } from 'node:worker_threads';
import { pageIndexHere, QUESTION_PAGE_COLUMNS, type PageDocument, type PageIndexAnswer, type PageIndexMessage } from './page-index-thread';

let documents: PageDocument[] = [];

parentPort!.on('message', (message: PageIndexMessage) => {
  if ('documents' in message) {
    documents = message.documents;
    return;
  }
  const { snapshot, port, done } = message;
  let answer: PageIndexAnswer;
  try {
    const db = new Database(Buffer.from(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength));
    const boxes = pageIndexHere(db, documents);
    const rows = db.prepare(`SELECT ${QUESTION_PAGE_COLUMNS} FROM question_pages`).raw().all() as unknown[][];
    db.close();
    answer = { rows, boxes };
  } catch (e) {
    answer = { error: (e as Error).stack ?? String(e) };
  }
  port.postMessage(answer);
  port.close();
  const flag = new Int32Array(done);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
