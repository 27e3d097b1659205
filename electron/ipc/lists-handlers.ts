// The variable lists' handlers (F9). The user-data folder and the save dialog are parameters:
// Electron passes app.getPath('userData') and a dialog; the browser mode and tests a folder only.
import type { ParsedArgOf, ResultOf } from '../contract/channels';
import type { SaveFileArg, SaveFileResult } from '../contract/lists';
import { exportContext } from '../services/export/context';
import { exportList } from '../services/export/index';
import { ListsStore, listsFilePath } from '../services/lists/lists-store';
import type { Codebook } from '../services/store';
import type { ImportsOptions } from './imports-handlers';

/** Shows a save dialog and writes the file (Electron only); resolves { saved: false } if cancelled. */
export type SaveFileDialog = (file: SaveFileArg) => Promise<SaveFileResult>;

export interface UserDataOptions extends ImportsOptions {
  /** Where variable-lists.json lives; without it the lists channels answer with an error. */
  userDataDir?: string;
  saveFile?: SaveFileDialog;
}

export function createListsHandlers(db: Codebook, app: { name: string; version: string }, o: UserDataOptions) {
  let store: ListsStore | null = null;
  const lists = () => {
    if (!o.userDataDir) throw new Error('variable lists need a user-data folder, and none was given');
    return (store ??= new ListsStore(listsFilePath(o.userDataDir), db));
  };
  return {
    'lists:get': (): ResultOf<'lists:get'> => lists().current(),
    'lists:change': (action: ParsedArgOf<'lists:change'>): ResultOf<'lists:change'> => lists().apply(action),
    'lists:export': ({ listId, format }: ParsedArgOf<'lists:export'>): Promise<ResultOf<'lists:export'>> =>
      exportList(lists().list(listId), format, exportContext(db, app), db),
    'file:save': (file: ParsedArgOf<'file:save'>): Promise<ResultOf<'file:save'>> => {
      if (!o.saveFile) throw new Error('saving through a dialog is only available in the desktop app; the browser mode downloads instead');
      return o.saveFile(file);
    },
  };
}
