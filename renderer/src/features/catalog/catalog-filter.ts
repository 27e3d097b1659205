// The catalog's filter: case- and accent-insensitive match on names (EN/ES), slug and concept ID.
import type { Survey } from '../../../../electron/contract/models';
import { fold } from '../../app/fold';


export function filterSurveys(surveys: Survey[], query: string): Survey[] {
  const q = fold(query.trim());
  if (!q) return surveys;
  return surveys.filter((s) => [s.name.en, s.name.es, s.slug, s.code, s.conceptId?.toString()].some((v) => v && fold(v).includes(q)));
}
