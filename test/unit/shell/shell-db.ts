// The real codebook database (built by `npm run ensure:db`), opened read-only for shell tests.
import { defaultDbPath } from '../../../codebooks/paths';
import { createHandlers } from '../../../electron/ipc/handlers';
import { openCodebook } from '../../../electron/services/store';

export function openShellDb() {
  const db = openCodebook(defaultDbPath());
  return { db, handlers: createHandlers(db, { name: 'PPI Explorer', version: '0.0.0-test', mode: 'browser' }) };
}
