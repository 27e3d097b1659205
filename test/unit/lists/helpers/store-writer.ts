// A second process on the same user-data folder, for the lock test: opens the lists through
// ListsStore as the app and the browser mode do, creates N lists named <prefix>-<i> (adding the
// question Smoking_SmokeFrequency to every tenth), and prints one JSON line: how many changes were
// confirmed, how many were refused as busy, and the kinds of notices it was given.
// Arguments: lists file path, prefix, N, codebook database path.
import { ListsStore } from '../../../../electron/services/lists/lists-store';
import { openCodebook } from '../../../../electron/services/store';

const [path, prefix, count, dbPath] = process.argv.slice(2) as [string, string, string, string];
const db = openCodebook(dbPath);
const store = new ListsStore(path, db, { timeoutMs: 10_000 });
let confirmed = 0;
let busy = 0;
for (let i = 0; i < Number(count); i++) {
  try {
    const s = store.apply({ op: 'create', name: `${prefix}-${i}` });
    if (i % 10 === 0) store.apply({ op: 'add', listId: s.lists.find((l) => l.name === `${prefix}-${i}`)!.id, item: 'Smoking_SmokeFrequency', answers: 'all' });
    confirmed++;
  } catch (e) {
    if ((e as Error).name === 'ListsBusyError' || /being changed by/.test((e as Error).message)) busy++;
    else throw e;
  }
}
process.stdout.write(JSON.stringify({ confirmed, busy, notices: store.state().notices.map((n) => n.kind) }) + '\n');
db.close();
