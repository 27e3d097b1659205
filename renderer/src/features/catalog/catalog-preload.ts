// The catalog's request, sent as soon as the script runs when the app opens on the catalog: main.tsx
// imports this module first, so the answer travels while the rest of the script initializes and
// the frame renders, rather than after the page mounts.
import type { Survey } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';
import { parseRoute } from '../../app/router';

let early: Promise<Survey[]> | null = null;

if (typeof window !== 'undefined' && parseRoute(window.location.hash).name === 'surveys') {
  early = unwrap(api.listSurveys());
  early.catch(() => {}); // the page reports a failure when it takes the answer
}

/** The catalog: the early answer once (the page's first mount), afterwards a new request. */
export function loadCatalog(): Promise<Survey[]> {
  const p = early ?? unwrap(api.listSurveys());
  early = null;
  return p;
}
