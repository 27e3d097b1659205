// Search filters as SQL over items (alias i). The survey and instrument a user names are resolved
// to ids first, on the small modules and instruments tables, so the per-row checks are index
// lookups (item_modules primary key, question_sources_instrument) instead of string comparisons.
import type { Codebook } from '../store';
import { prepared } from './statements';

export interface FilterInput {
  survey?: string | undefined;
  kind?: string | undefined;
  instrument?: string | undefined;
}

export interface Filter {
  sql: string;
  params: unknown[];
  /** The filter names a survey or instrument that does not exist: nothing can match. */
  empty: boolean;
}

const ids = (n: number) => Array(n).fill('?').join(', ');

export function moduleIdsFor(db: Codebook, survey: string): number[] {
  const s = survey.trim();
  const rows = prepared(db, `SELECT id FROM modules WHERE slug = lower(?) OR lower(code) = lower(?) OR (? GLOB '[0-9]*' AND concept_id = CAST(? AS INTEGER))`)
    .all(s, s, s, s) as { id: number }[];
  return rows.map((r) => r.id);
}

export function instrumentIdsFor(db: Codebook, instrument: string): number[] {
  const s = instrument.trim();
  const rows = prepared(db, `SELECT id FROM instruments WHERE key = ? OR lower(key) = lower(?) OR lower(short_name) = lower(?) OR CAST(id AS TEXT) = ?
      OR id IN (SELECT instrument_id FROM instrument_aliases WHERE lower(alias) = lower(?))`)
    .all(s, s, s, s, s) as { id: number }[];
  return rows.map((r) => r.id);
}

export function buildFilter(db: Codebook, o: FilterInput): Filter {
  const parts: string[] = [];
  const params: unknown[] = [];
  let empty = false;
  if (o.kind) {
    parts.push('i.kind = ?');
    params.push(o.kind);
  }
  if (o.survey) {
    const m = moduleIdsFor(db, o.survey);
    if (m.length === 0) empty = true;
    // An item belongs to its own module, or to another one through item_modules (COPE waves).
    parts.push(`(i.module_id IN (${ids(m.length)}) OR EXISTS (SELECT 1 FROM item_modules im WHERE im.item_id = i.id AND im.module_id IN (${ids(m.length)})))`);
    params.push(...m, ...m);
  }
  if (o.instrument) {
    const n = instrumentIdsFor(db, o.instrument);
    if (n.length === 0) empty = true;
    parts.push(`EXISTS (SELECT 1 FROM question_sources s WHERE s.item_id = i.id AND s.instrument_id IN (${ids(n.length)}))`);
    params.push(...n);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params, empty };
}
