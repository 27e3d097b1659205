// The choices of the results page's filters: surveys and source instruments. They never change
// while the app runs, so they are asked for once.
import type { Instrument, Survey } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';

export interface Facets {
  surveys: Survey[];
  instruments: Instrument[];
}

let cached: Promise<Facets> | null = null;

export function loadFacets(): Promise<Facets> {
  cached ??= Promise.all([unwrap(api.listSurveys()), unwrap(api.listInstruments())]).then(([surveys, instruments]) => ({
    surveys,
    // Only instruments some question is linked to can narrow a search.
    instruments: instruments.filter((i) => i.questionCount > 0).sort((a, b) => (a.shortName ?? a.name).localeCompare(b.shortName ?? b.name)),
  }));
  cached.catch(() => (cached = null)); // a failure is retried on the next visit
  return cached;
}
