// The renderer's method names and the IPC channel each one calls. Kept free of imports so the
// sandboxed preload bundles nothing but this table.
export const METHOD_CHANNELS = {
  listSurveys: 'surveys:list',
  showItem: 'item:show',
  search: 'search:query',
  searchCorpus: 'search:corpus',
  getReport: 'report:get',
  getAppInfo: 'app:info',
  getOutline: 'survey:outline',
  listInstruments: 'instruments:list',
  showInstrument: 'instrument:show',
  getAboutData: 'about:data',
  getPdfDocument: 'pdf:document',
  getQuestionPdfPages: 'pdf:question-pages',
  getPresentation: 'survey:present',
  listReleases: 'survey:releases',
  getReleaseDiff: 'release:diff',
  getAlignment: 'release:align',
  getLists: 'lists:get',
  changeLists: 'lists:change',
  exportList: 'lists:export',
  saveFile: 'file:save',
  exportSurvey: 'survey:export',
  listImports: 'imports:list',
  startImport: 'imports:start',
  importStatus: 'imports:status',
  cancelImport: 'imports:cancel',
  removeImport: 'imports:remove',
  searchImports: 'imports:search',
  chooseImportPath: 'imports:choose',
} as const;

export type MethodName = keyof typeof METHOD_CHANNELS;
export type Channel = (typeof METHOD_CHANNELS)[MethodName];

/** Commands the native menu sends to the renderer (main → renderer, one event channel). */
export const MENU_COMMANDS = ['search', 'about-data', 'catalog'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_EVENT_CHANNEL = 'menu:command';

export const CHANNELS: readonly Channel[] = Object.values(METHOD_CHANNELS);
