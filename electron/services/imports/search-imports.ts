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

/** Words shorter than this are matched whole; from it on, the last word is also a word start. */
export const PREFIX_LENGTH = 3;
/** Rows read through the prefix index when the typed start is longer than it, then checked one by one. */
const PREFIX_CANDIDATES = 300;

/**
 * The typed text as FTS5 terms, never raw syntax: each word quoted; with `prefix`, the last one
 * as a word start cut to PREFIX_LENGTH characters (the length the index keeps prefixes of).
 */
export function ftsTerms(query: string, prefix = false): string | null {
  const words = query.normalize('NFC').match(WORD);
  if (!words) return null;
  return words.map((w, i) => (prefix && i === words.length - 1 ? `"${[...w].slice(0, PREFIX_LENGTH).join('')}"*` : `"${w}"`)).join(' ');
}

// Lower case without diacritics, as the index's tokenizer sees words; most names are ASCII.
const fold = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();

/** Keeps the names with a word starting with the typed last word (the index matched only its first characters). */
function startsWord(q: string): (name: string) => boolean {
  const words = q.normalize('NFC').match(WORD) ?? [];
  const last = fold(words[words.length - 1] ?? '');
  if ([...last].length <= PREFIX_LENGTH) return () => true;
  const start = new RegExp(`(?:^|[^\\p{L}\\p{N}])${last}`, 'u'); // `last` is letters and digits only
  return (name) => start.test(fold(name));
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
  const whole = ftsTerms(q);
  if (!whole || out.length >= limit) return out;
  const lastWord = [...(q.match(WORD) ?? ['']).pop()!];
  // A typed code or ID that matched is not the start of a word.
  const prefix = lastWord.length >= PREFIX_LENGTH && out.length === 0 ? ftsTerms(q, true) : null;
  const vocab = vocabulary ? ` AND {vocabulary}: "${vocabularyToken(vocabulary)}"` : '';
  // Whole words first (one word's list, read lazily); then, if they give too few, the typed start
  // of the last word through the prefix index, checked against the full start it was typed as.
  // Candidates in index order, then the shortest names first: an exact or near-exact name wins.
  const read = (match: string, cap: number) =>
    db.prepare(`SELECT ${COLUMNS} FROM concept WHERE concept_id IN (SELECT rowid FROM concept_words WHERE concept_words MATCH ? LIMIT ${cap})`).all(`{name}: (${match})${vocab}`) as Omit<VocabularyHit, 'match'>[];
  let candidates = read(whole, NAME_CANDIDATES);
  if (prefix && candidates.length < NAME_CANDIDATES) candidates = moreCandidates(candidates, read(prefix, lastWord.length > PREFIX_LENGTH ? PREFIX_CANDIDATES : NAME_CANDIDATES), q);
  add(rankNames(candidates, q), 'name');
  if (out.length >= limit) return out;
  const readSynonyms = (match: string, cap: number) =>
    db
      .prepare(`SELECT DISTINCT ${COLUMNS.replace(/(\w+) AS/g, 'c.$1 AS')}, s.concept_synonym_name AS matched FROM concept_synonym s JOIN concept c ON c.concept_id = s.concept_id
         WHERE s.rowid IN (SELECT rowid FROM synonym_words WHERE synonym_words MATCH ? LIMIT ${cap})${vocabulary ? ' AND c.vocabulary_id = ?' : ''}`)
      .all(...(vocabulary ? [match, vocabulary] : [match])) as (Omit<VocabularyHit, 'match'> & { matched?: string })[];
  let synonyms = readSynonyms(whole, NAME_CANDIDATES);
  if (prefix && synonyms.length < NAME_CANDIDATES) synonyms = moreCandidates(synonyms, readSynonyms(prefix, lastWord.length > PREFIX_LENGTH ? PREFIX_CANDIDATES : NAME_CANDIDATES), q, (c) => c.matched!);
  add(rankNames(synonyms.map(({ matched: _, ...c }) => c), q), 'synonym');
  return out;
}

/** Adds the prefix query's rows not yet there whose name has a word starting as typed, up to NAME_CANDIDATES. */
function moreCandidates<T extends { conceptId: number; name: string }>(have: T[], more: T[], q: string, text = (c: T) => c.name): T[] {
  const ids = new Set(have.map((c) => c.conceptId));
  const keep = startsWord(q);
  return [...have, ...more.filter((c) => !ids.has(c.conceptId) && keep(text(c)))].slice(0, NAME_CANDIDATES);
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
