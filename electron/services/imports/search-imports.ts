// Search in the imports, beside the codebook's own search: the Athena download's concepts (an
// exact concept ID first, then an exact code, then names, then synonyms, as Athena ranks them),
// with a vocabulary filter, and the items of imported codebooks. Bounded work per query: the
// full-text index is read in rowid order up to a cap (NAME_CANDIDATES), never sorted whole.
import type { ImportSearchResult, VocabularyHit } from '../../contract/imports';
import { vocabularyToken } from './athena/values';
import type { ImportedData, OpenImport } from './imported-data';

export interface ImportSearchOptions {
  vocabulary?: string;
  limit?: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Full-text candidates read per query: enough to rank well, few enough to stay fast on millions of rows. */
const NAME_CANDIDATES = 100;

/** The typed text as FTS5 terms: each word quoted, the last one a prefix; never raw syntax. */
export function ftsTerms(query: string): string | null {
  const words = query.normalize('NFC').match(WORD);
  if (!words) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

export function searchImports(data: ImportedData, query: string, o: ImportSearchOptions = {}): ImportSearchResult {
  const t0 = performance.now();
  const limit = o.limit ?? 50;
  const athena = data.athena();
  const q = query.trim();
  const concepts = athena && q ? searchAthena(athena, q, o.vocabulary, limit) : [];
  const userItems = q ? data.codebooks().flatMap((c) => searchCodebook(c, q, limit)).slice(0, limit) : [];
  const summary = athena ? (JSON.parse((athena.db.prepare("SELECT value FROM meta WHERE key = 'summary'").pluck().get() as string) ?? '{}') as { vocabularies?: { id: string; concepts: number }[] }) : null;
  return {
    athena: athena ? { name: athena.info.name, version: athena.info.version, vocabularies: summary?.vocabularies ?? [] } : null,
    concepts,
    userItems,
    tookMs: performance.now() - t0,
  };
}

const COLUMNS = `concept_id AS conceptId, concept_name AS name, vocabulary_id AS vocabularyId, concept_code AS conceptCode,
  domain_id AS domainId, concept_class_id AS conceptClassId, standard_concept AS standard`;

function searchAthena({ db }: OpenImport, q: string, vocabulary: string | undefined, limit: number): VocabularyHit[] {
  const out: VocabularyHit[] = [];
  const seen = new Set<number>();
  const add = (rows: Omit<VocabularyHit, 'match'>[], match: VocabularyHit['match']) => {
    for (const r of rows) if (out.length < limit && !seen.has(r.conceptId)) (seen.add(r.conceptId), out.push({ ...r, match }));
  };
  const inVocab = vocabulary ? ' AND vocabulary_id = @vocabulary' : '';
  const p = { q, vocabulary: vocabulary ?? null, limit };
  if (/^\d{1,18}$/.test(q)) add(db.prepare(`SELECT ${COLUMNS} FROM concept WHERE concept_id = @id${inVocab}`).all({ ...p, id: Number(q) }) as never, 'concept-id');
  add(db.prepare(`SELECT ${COLUMNS} FROM concept WHERE concept_code = @q COLLATE NOCASE${inVocab} LIMIT @limit`).all(p) as never, 'code');
  const terms = ftsTerms(q);
  if (!terms || out.length >= limit) return out;
  const names = `{name}: (${terms})` + (vocabulary ? ` AND {vocabulary}: "${vocabularyToken(vocabulary)}"` : '');
  // Candidates in index order, then the shortest names first: an exact or near-exact name wins.
  const candidates = db.prepare(`SELECT ${COLUMNS} FROM concept WHERE concept_id IN (SELECT rowid FROM concept_words WHERE concept_words MATCH ? LIMIT ${NAME_CANDIDATES})`).all(names) as Omit<VocabularyHit, 'match'>[];
  add(rankNames(candidates, q), 'name');
  if (out.length >= limit) return out;
  const synonyms = db
    .prepare(`SELECT DISTINCT ${COLUMNS.replace(/(\w+) AS/g, 'c.$1 AS')} FROM concept_synonym s JOIN concept c ON c.concept_id = s.concept_id
       WHERE s.rowid IN (SELECT rowid FROM synonym_words WHERE synonym_words MATCH ? LIMIT ${NAME_CANDIDATES})${vocabulary ? ' AND c.vocabulary_id = ?' : ''}`)
    .all(...(vocabulary ? [terms, vocabulary] : [terms])) as Omit<VocabularyHit, 'match'>[];
  add(rankNames(synonyms, q), 'synonym');
  return out;
}

function rankNames<T extends { name: string; conceptId: number }>(rows: T[], q: string): T[] {
  const lq = q.toLowerCase();
  const score = (r: T) => (r.name.toLowerCase() === lq ? 0 : r.name.toLowerCase().startsWith(lq) ? 1 : 2);
  return rows.sort((a, b) => score(a) - score(b) || a.name.length - b.name.length || a.conceptId - b.conceptId);
}

function searchCodebook({ db, info }: OpenImport, q: string, limit: number): ImportSearchResult['userItems'] {
  const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const rows = db
    .prepare(`SELECT kind, code, concept_id AS conceptId, text_en AS text FROM items
       WHERE code_lower = @q OR lower(text_en) LIKE @like ESCAPE '\\' OR code_lower LIKE @like ESCAPE '\\'
       ORDER BY code_lower = @q DESC, position LIMIT @limit`)
    .all({ q: q.toLowerCase(), like, limit }) as { kind: ImportSearchResult['userItems'][number]['kind']; code: string; conceptId: number | null; text: string | null }[];
  return rows.map((r) => ({ importId: info.id, module: info.name, ...r }));
}
