// Worker thread of spanish-align-threads.ts: takes shares from the shared counter until none is
// left, posting each result, then marking the share answered (in that order: the main thread
// reads the answer as soon as the mark is set).
import { parentPort } from 'node:worker_threads';
import { NEXT, UnitRunner, type AlignAnswer, type AlignJob } from './spanish-align-threads';
import { Lexicon } from './spanish-lexicon';

parentPort!.on('message', ({ pairs, tasks, units, control: shared, port }: AlignJob) => {
  const control = new Int32Array(shared);
  // Made before any share is taken: the main thread goes on taking shares meanwhile.
  let runner: UnitRunner;
  try {
    runner = new UnitRunner(tasks, new Lexicon(pairs));
  } catch {
    port.close(); // no share taken: the main thread does them all
    return;
  }
  for (let u = Atomics.add(control, NEXT, 1); u < units.length; u = Atomics.add(control, NEXT, 1)) {
    let answer: AlignAnswer;
    try {
      answer = { unit: u, result: runner.run(units[u]!) };
    } catch (e) {
      answer = { unit: u, error: (e as Error).stack ?? String(e) };
    }
    // A band's rows are handed over, not copied.
    port.postMessage(answer, 'result' in answer && answer.result instanceof Float64Array ? [answer.result.buffer as ArrayBuffer] : []);
    Atomics.store(control, 1 + u, 1);
    Atomics.notify(control, 1 + u);
  }
  port.close();
});
