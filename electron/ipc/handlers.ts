// One function per channel, calling the pure services. The database handle and the app's
// identity are parameters, so the same handlers run in Electron, the browser mode and tests.
import type { Channel } from '../contract/methods';
import type { AppInfo, ParsedArgOf, Report, ResultOf } from '../contract/channels';
import { showItem } from '../services/item-detail';
import { search } from '../services/search/search';
import { searchCorpusPart } from '../services/search/corpus';
import { prepareSearch } from '../services/search/prepare';
import { storedReport, type Codebook } from '../services/store';
import { listSurveys } from '../services/surveys';
import { aboutData } from '../services/about';
import { instrumentDetail, listInstruments } from '../services/instruments';
import { surveyOutline } from '../services/outline';
import { pdfDocument, questionPdfPages } from '../services/pdfs';
import { surveyPresentation } from '../services/presentation';
import { alignment } from '../services/releases/align';
import { releaseDiff } from '../services/releases/diff';
import { listReleases } from '../services/releases/list';
import { exportContext } from '../services/export/context';
import { exportSurvey } from '../services/export/interchange';
import { createListsHandlers, type UserDataOptions } from './lists-handlers';
import { createImportsHandlers } from './imports-handlers';

export type Handler<C extends Channel> = (arg: ParsedArgOf<C>) => ResultOf<C> | Promise<ResultOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export interface AppIdentity {
  name: string;
  version: string;
  mode: AppInfo['mode'];
}

export function readReport(db: Codebook): Report | null {
  return storedReport<Report>(db);
}

export function createHandlers(db: Codebook, identity: AppIdentity, userData: UserDataOptions = {}): Handlers {
  const imports = createImportsHandlers(userData);
  // The bundled database is read-only: its catalog is read once (the app's first request), the
  // user's imports are added to it on every call.
  let bundledSurveys: ReturnType<typeof listSurveys> | null = null;
  // Once the user starts typing, or the renderer has read the last part of its own search corpus
  // (its search box is then ready): not at start, where the catalog and a first PDF would wait.
  let searchPrepared = false;
  const prepareSearchOnce = () => {
    if (searchPrepared) return;
    searchPrepared = true;
    void prepareSearch(db);
  };
  return {
    ...createListsHandlers(db, identity, userData),
    ...imports.channels,
    'surveys:list': () => imports.surveys((bundledSurveys ??= listSurveys(db))),
    'item:show': (idOrCode) => imports.item(showItem(db, idOrCode), idOrCode),
    'search:query': ({ query, options }) => {
      const result = search(db, query, options ?? {});
      prepareSearchOnce();
      return result;
    },
    'search:corpus': (part) => {
      const result = searchCorpusPart(db, part);
      if (result.part === result.parts - 1) prepareSearchOnce();
      return result;
    },
    'report:get': () => readReport(db),
    'survey:outline': (arg) => {
      const [survey, release] = typeof arg === 'string' ? [arg, undefined] : [arg.survey, arg.release];
      return imports.outline(surveyOutline(db, survey, release), survey);
    },
    'instruments:list': () => listInstruments(db),
    'instrument:show': (idOrKey) => instrumentDetail(db, idOrKey),
    'about:data': () => aboutData(db),
    'pdf:document': (idOrFile) => pdfDocument(db, idOrFile),
    'pdf:question-pages': (idOrCode) => questionPdfPages(db, idOrCode),
    'survey:present': (arg) => (typeof arg === 'string' ? surveyPresentation(db, arg) : surveyPresentation(db, arg.survey, arg.release)),
    'survey:releases': (survey) => listReleases(db, survey),
    'release:diff': ({ survey, from, to }) => releaseDiff(db, survey, from, to),
    'release:align': ({ survey, release }) => alignment(db, survey, release),
    'survey:export': ({ survey, format, release }) => exportSurvey(db, survey, format, exportContext(db, identity), { release }),
    'app:info': () => {
      const report = readReport(db);
      return { ...identity, codebookAsOf: report?.codebookAsOf ?? null, builtAt: report?.builtAt ?? null };
    },
  };
}
