// A writer for the crash test: loads the lists file as the app does, then saves changed lists in
// a tight loop until it is killed. Prints "ready" after its first save. Argument: the file path.
// It stops by itself once its parent has gone (a test runner killed mid-test would otherwise leave
// it saving for ever).
import { loadListsFile, saveListsFile } from '../../../../electron/services/lists/lists-file';
import { annotateList, createList } from '../../../../electron/services/lists/operations';
import type { ListsFile } from '../../../../electron/services/lists/schema';

const path = process.argv[2]!;
let data = loadListsFile(path).data;
if (data.lists.length === 0) data = createList(data, 'Crash test').data;
const counter = data.lists[0]!;
let n = Number(/save (\d+)/.exec(counter.note)?.[1] ?? 0);
let ready = false;
const parent = process.ppid;

/** 0 to 15 extra lists with long notes: files from a few hundred bytes to ~300 kB. */
function withPadding(base: ListsFile, k: number): ListsFile {
  let d: ListsFile = { ...base, lists: base.lists.slice(0, 1) };
  for (let i = 0; i < k; i++) {
    const made = createList(d, `padding ${i}`);
    d = annotateList(made.data, made.list.id, 'x'.repeat(19_000));
  }
  return d;
}

while (process.ppid === parent) {
  n++;
  data = annotateList(withPadding(data, (n * 7) % 16), counter.id, `save ${n}`);
  saveListsFile(path, data);
  if (!ready) {
    ready = true;
    process.stdout.write('ready\n');
  }
}
