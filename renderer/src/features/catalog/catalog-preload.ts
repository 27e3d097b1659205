// The catalog's request when the app opens on the catalog: boot.js sends it before this script is
// even read (window.__ppiCatalog), otherwise it leaves when this module runs (main.tsx imports it
// first). main.tsx renders the app once the answer is in, so the page renders once, complete.
import type { Survey } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';
import { parseRoute } from '../../app/router';
import { rememberCatalogPdfs } from '../pdf/known-documents';

let early: Promise<Survey[]> | null = null;
let arrived: Survey[] | undefined;

if (typeof window !== 'undefined' && parseRoute(window.location.hash).name === 'surveys') {
  const sent = window.__ppiCatalog;
  const p = unwrap(sent ?? api.listSurveys());
  early = p;
  p.then(
    (surveys) => {
      rememberCatalogPdfs(surveys);
      if (early === p) arrived = surveys;
    },
    () => {}, // the page reports a failure when it takes the answer
  );
}
if (typeof window !== 'undefined') delete window.__ppiCatalog;

/** Settles when the early request has (at once when there is none). */
export function catalogSettled(): Promise<void> {
  const done = () => {};
  return early ? early.then(done, done) : Promise.resolve();
}

/** The early answer if it is in, taken once: the page's first render shows it. */
export function takeArrivedCatalog(): Survey[] | undefined {
  const surveys = arrived;
  if (surveys) early = null;
  arrived = undefined;
  return surveys;
}

/** The catalog: the early request once (not yet answered), afterwards a new request. */
export function loadCatalog(): Promise<Survey[]> {
  const p = early ?? unwrap(api.listSurveys()).then((surveys) => (rememberCatalogPdfs(surveys), surveys));
  early = null;
  arrived = undefined;
  return p;
}
