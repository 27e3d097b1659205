// The queries the import benchmark times on the synthetic download: words (common, pairs,
// prefixes as typed), exact concept IDs and codes, a vocabulary filter, and a word that is nowhere.
import { rng, pick } from '../random';
import { VOCABS, WORDS } from './synthetic-athena';

export interface ImportQuery {
  query: string;
  vocabulary?: string;
}

export function importQueries(concepts: number): ImportQuery[] {
  const r = rng(7);
  const out: ImportQuery[] = [];
  for (let i = 0; i < 40; i++) out.push({ query: pick(r, WORDS) });
  for (let i = 0; i < 40; i++) out.push({ query: `${pick(r, WORDS)} ${pick(r, WORDS)}` });
  for (let i = 0; i < 40; i++) out.push({ query: pick(r, WORDS).slice(0, 3) });
  for (let i = 0; i < 30; i++) out.push({ query: String(1000 + Math.floor(r() * concepts)) });
  for (let i = 0; i < 30; i++) out.push({ query: `syn${Math.floor(r() * concepts).toString(36)}` });
  for (let i = 0; i < 30; i++) out.push({ query: pick(r, WORDS), vocabulary: pick(r, VOCABS) });
  out.push({ query: 'zzqxv' }, { query: 'fiévre aigüe' });
  return out;
}
