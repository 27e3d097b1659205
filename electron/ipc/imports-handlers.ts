// The imports' handlers (F17), and what imports add to the codebook's own answers: user modules
// in the catalog and outline, and the Athena download's facts on a concept card.
import type { ParsedArgOf, ResultOf } from '../contract/channels';
import type { ItemWithImports } from '../contract/imports';
import type { ItemDetail, Outline, Survey } from '../contract/models';
import { ImportedData } from '../services/imports/imported-data';
import { ImportJobs } from '../services/imports/jobs';
import { searchImports } from '../services/imports/search-imports';
import { removeImport } from '../services/imports/store';
import { itemWithImports } from '../services/imports/item-with-imports';
import { userOutline, userSurveys } from '../services/imports/user-modules';

/** The native picker (Electron only): a folder (Athena) or a .csv/.xlsx file. */
export type ChooseImportPath = (what: 'folder' | 'file') => Promise<string | null>;

export interface ImportsOptions {
  userDataDir?: string;
  /** Electron's build of better-sqlite3 for the worker thread, in a checkout. */
  nativeBinding?: string;
  chooseImportPath?: ChooseImportPath;
}

export function createImportsHandlers(o: ImportsOptions) {
  let state: { data: ImportedData; jobs: ImportJobs } | null = null;
  const imports = () => {
    if (!o.userDataDir) throw new Error('imports need a user-data folder, and none was given');
    if (!state) {
      const data = new ImportedData(o.userDataDir, o.nativeBinding);
      state = { data, jobs: new ImportJobs({ userDataDir: o.userDataDir, nativeBinding: o.nativeBinding, release: (id) => data.release(id) }) };
    }
    return state;
  };
  const data = () => (o.userDataDir ? imports().data : null);
  const channels = {
    'imports:list': (): ResultOf<'imports:list'> => imports().data.list(),
    'imports:start': ({ path }: ParsedArgOf<'imports:start'>): ResultOf<'imports:start'> => imports().jobs.start(path),
    'imports:status': ({ job }: ParsedArgOf<'imports:status'>): ResultOf<'imports:status'> => imports().jobs.status(job),
    'imports:cancel': ({ job }: ParsedArgOf<'imports:cancel'>): ResultOf<'imports:cancel'> => imports().jobs.cancel(job),
    'imports:remove': ({ id }: ParsedArgOf<'imports:remove'>): ResultOf<'imports:remove'> => {
      const { data: d } = imports();
      d.release(id);
      if (!removeImport(o.userDataDir!, id)) throw new Error(`no import "${id}"`);
      return d.list();
    },
    'imports:search': ({ query, vocabulary, limit }: ParsedArgOf<'imports:search'>): ResultOf<'imports:search'> =>
      searchImports(imports().data, query, { vocabulary, limit }),
    'imports:choose': (what: ParsedArgOf<'imports:choose'>): Promise<ResultOf<'imports:choose'>> => {
      if (!o.chooseImportPath) throw new Error('the file picker is only in the desktop app; type the path instead');
      return o.chooseImportPath(what);
    },
  };
  return {
    channels,
    surveys: (bundled: Survey[]): Survey[] => {
      const d = data();
      return d ? [...bundled, ...userSurveys(d)] : bundled;
    },
    outline: (bundled: Outline | null, slug: string): Outline | null => {
      const d = data();
      return bundled ?? (d ? userOutline(d, slug) : null);
    },
    item: (bundled: ItemDetail | null, query: string): ItemWithImports | null => {
      const d = data();
      return d ? itemWithImports(d, bundled, query) : bundled;
    },
  };
}
