// The search documents the renderer searches itself while the service's answer is on its way
// (electron/services/search/corpus.ts builds it; renderer/src/features/search/local reads it).
import { z } from 'zod';
import { SearchHit } from './models';

const Text = z.string().nullable();
export const StoredHitSchema = SearchHit.omit({ snippet: true, score: true, match: true });

export const SearchCorpus = z.object({
  /** [rank, stored hit, code column, stems_en, stems_es, more_en, more_es], in rank order. */
  docs: z.array(z.tuple([z.number(), StoredHitSchema, Text, Text, Text, Text, Text])),
  /** [concept ID, rank, relation: 0 the item's concept, 1 its module's, 2 a standard value concept]. */
  concepts: z.array(z.tuple([z.number(), z.number(), z.number()])),
  /** [Spanish stem, English stem] (search_translations). */
  translations: z.array(z.tuple([z.string(), z.string()])),
});
export type SearchCorpus = z.infer<typeof SearchCorpus>;

/**
 * One part of the corpus (each of its arrays cut in `parts` consecutive pieces; part k holds the
 * k-th): the renderer asks for them one at a time, so no single answer takes the app's main thread
 * long to read (6 MB of JSON at once is a task of over 100 ms), nor the service's to write.
 */
export const SearchCorpusPart = SearchCorpus.extend({ part: z.number(), parts: z.number() });
export type SearchCorpusPart = z.infer<typeof SearchCorpusPart>;
