// Worker thread of spanish-align-threads.ts: takes tasks from the shared counter until none is
// left, posting each alignment, then marking the task answered (in that order: the main thread
// reads the answer as soon as the mark is set).
import { parentPort } from 'node:worker_threads';
import { alignDocument, type DocAlignment } from './spanish-doc-align';
import { NEXT, type AlignAnswer, type AlignJob } from './spanish-align-threads';
import { Lexicon } from './spanish-lexicon';

parentPort!.on('message', ({ pairs, tasks, control: shared, port }: AlignJob) => {
  const control = new Int32Array(shared);
  // Made before any task is taken: the main thread goes on taking tasks meanwhile.
  let lexicon: Lexicon;
  try {
    lexicon = new Lexicon(pairs);
  } catch {
    port.close(); // no task taken: the main thread aligns them all
    return;
  }
  for (let t = Atomics.add(control, NEXT, 1); t < tasks.length; t = Atomics.add(control, NEXT, 1)) {
    let answer: AlignAnswer;
    try {
      const alignment: DocAlignment = alignDocument(tasks[t]!, lexicon);
      answer = { task: t, alignment };
    } catch (e) {
      answer = { task: t, error: (e as Error).stack ?? String(e) };
    }
    port.postMessage(answer);
    Atomics.store(control, 1 + t, 1);
    Atomics.notify(control, 1 + t);
  }
  port.close();
});
