// A list of three real questions built through the lists store on the real codebook, with the
// awkward bits exports must survive: quotes, commas, newlines, a formula-like note, no concept ID.
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ListsStore, listsFilePath } from '../../../electron/services/lists/lists-store';
import type { Codebook } from '../../../electron/services/store';
import type { VariableList } from '../../../electron/services/lists/schema';
import { exportContext, type ExportContext } from '../../../electron/services/export/context';

export const TRICKY_NOTE = '=HYPERLINK("http://example.invalid"), "quoted", comma, and\nsecond line';
export const LIST_NAME = 'Tobacco "use", 2024';

export function sampleList(db: Codebook): { list: VariableList; store: ListsStore; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ppi-export-'));
  const store = new ListsStore(listsFilePath(dir), db);
  const listId = store.apply({ op: 'create', name: LIST_NAME }).lists[0]!.id;
  store.apply({ op: 'add', listId, item: 'Smoking_SmokeFrequency', answers: ['SmokeFrequency_NotAtAll', 'SmokeFrequency_EveryDay'] });
  store.apply({ op: 'add', listId, item: '1585857', answers: 'all' }); // Smoking_100CigsLifetime
  const s = store.apply({ op: 'add', listId, item: 'AIAN_Tribe', answers: 'all' }); // no concept ID in the codebook
  const entryId = s.lists[0]!.entries[0]!.id;
  store.apply({ op: 'annotate', listId, entryId, note: TRICKY_NOTE });
  return { list: store.list(listId), store, dir };
}

export const sampleContext = (db: Codebook): ExportContext => exportContext(db, { name: 'PPI Explorer', version: '0.1.0-test' }, '2026-01-02T03:04:05.000Z');
