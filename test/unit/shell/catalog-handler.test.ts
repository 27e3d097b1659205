// surveys:list reads the bundled (read-only) catalog once and adds the user's imports on every
// call: an import removed after the first call is gone from the next answer. The REDCap file is
// made up (test/fixtures/redcap/made-up-redcap.csv); the bundled catalog is the real database.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';
import { noHooks } from '../../../electron/services/imports/progress';
import { runImport } from '../../../electron/services/imports/run-import';
import { importPath, partialPathFor } from '../../../electron/services/imports/store';
import { listSurveys } from '../../../electron/services/surveys';
import { openRealDb } from '../../helpers/real-db';
import { useTempDirs } from '../lists/helpers/temp-dir';

const db = openRealDb();
afterAll(() => db.close());
const temp = useTempDirs();
const REDCAP = join(import.meta.dirname, '..', '..', 'fixtures', 'redcap', 'made-up-redcap.csv');

describe('surveys:list', () => {
  it('answers the bundled catalog read once, with the imports as they are at each call', async () => {
    const dir = temp();
    const id = 'codebook-made-up-redcap';
    partialPathFor(dir, id); // makes the imports folder
    await runImport(REDCAP, importPath(dir, id), noHooks);
    const handlers = createHandlers(db, { name: 'test', version: '0', mode: 'browser' }, { userDataDir: dir });
    const bundled = listSurveys(db);
    expect(bundled.length).toBeGreaterThan(10);

    const first = await handlers['surveys:list'](undefined);
    expect(first.slice(0, bundled.length)).toEqual(bundled);
    expect(first.slice(bundled.length).map((s) => [s.slug, s.category])).toEqual([[id, 'user']]);
    expect(await handlers['surveys:list'](undefined)).toEqual(first);

    await handlers['imports:remove']({ id });
    expect(await handlers['surveys:list'](undefined)).toEqual(bundled);
  });
});
