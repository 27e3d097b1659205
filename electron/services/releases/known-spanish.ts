// The Spanish labels known for an answer of a question, as evidence that a release's English and
// Spanish prints run in step (printed-list.ts): the labels any source gives the answer itself, and
// the Spanish any source gives the same English label among the module's answers ("Yes" → "Sí"
// where the Data Browser's uncoded "Deaf: Yes" has none), and a bare number itself. Evidence
// only: the words shown are the release's own Spanish print's.
import type { Codebook } from '../store';
import { fold, type Listed } from './printed-list';

export function knownSpanishOf(db: Codebook, moduleId: number): (questionId: number) => (o: Listed) => string[] {
  let translations: Map<string, Set<string>> | null = null;
  const translate = (en: string): string[] => {
    if (!translations) {
      translations = new Map();
      const pairs = db.prepare(`SELECT coalesce(o.label_en, a.text_en) AS en, coalesce(o.label_es, a.text_es) AS es
          FROM options o JOIN items a ON a.id = o.answer_id JOIN item_modules im ON im.item_id = o.question_id AND im.module_id = ?
        UNION SELECT l.label_en, l.label_es FROM option_listings l JOIN item_modules im ON im.item_id = l.question_id AND im.module_id = ?`)
        .all(moduleId, moduleId) as { en: string | null; es: string | null }[];
      for (const { en: e, es } of pairs) {
        if (!e || !es) continue;
        const key = fold(e);
        translations.set(key, (translations.get(key) ?? new Set()).add(es));
      }
    }
    return [...(translations.get(fold(en)) ?? [])];
  };
  const own = db.prepare(`SELECT label_es FROM option_listings WHERE question_id = ? AND answer_id = ? AND label_es IS NOT NULL
    UNION SELECT label_es FROM options WHERE question_id = ? AND answer_id = ? AND label_es IS NOT NULL
    UNION SELECT text_es FROM items WHERE id = ? AND text_es IS NOT NULL`).pluck();
  return (q) => (o) => [
    ...(o.es === null ? [] : [o.es]),
    ...(own.all(q, o.answerId, q, o.answerId, o.answerId) as string[]),
    ...(o.en ? translate(o.en) : []),
    ...(/^\d+$/.test(o.en ?? '') ? [o.en!] : []), // a number reads the same in Spanish (a pain scale's 1 to 9)
  ];
}
