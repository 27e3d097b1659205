// English stems of Spanish stems, learnt from the codebook's own bilingual wordings: for each
// Spanish stem, the English stem found in the most of the same items (Dice coefficient over
// items with both wordings). "fum" (fumar, fuma, fumado) pairs with "smoke", "vacun" with
// "vaccin". The search uses it to tell that a Spanish word names the topic of an English code
// ("fuman" and Smoking_SmokeFrequency). Only clear pairs are kept: a stem seen in enough items,
// mostly beside the same English stem.
import type Database from 'better-sqlite3';
import { stemsOf } from './search-stems';

const MIN_ITEMS = 3;
const MIN_DICE = 0.7;
const MIN_STEM = 3;
// Learnt from the first items only: a codebook's vocabulary is all there (the bundled one has
// about 9,000 items), and the build stays bounded on the benchmark's database 100 times larger.
const MAX_ITEMS = 20_000;

const stemSet = (text: string, lang: 'en' | 'es') => new Set((stemsOf(text, lang) ?? '').split(' ').filter((s) => s.length >= MIN_STEM && !/\d/.test(s)));

/** Pairs (Spanish stem, English stem), best English stem per Spanish one. */
export function stemPairs(texts: Iterable<[string, string]>, minDice = MIN_DICE): Map<string, string> {
  const dfEs = new Map<string, number>();
  const dfEn = new Map<string, number>();
  const co = new Map<string, Map<string, number>>();
  for (const [en, es] of texts) {
    const e = stemSet(en, 'en');
    for (const t of e) dfEn.set(t, (dfEn.get(t) ?? 0) + 1);
    for (const s of stemSet(es, 'es')) {
      dfEs.set(s, (dfEs.get(s) ?? 0) + 1);
      const m = co.get(s) ?? co.set(s, new Map()).get(s)!;
      for (const t of e) m.set(t, (m.get(t) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [s, m] of co) {
    if (dfEs.get(s)! < MIN_ITEMS) continue;
    let best: [string, number] | null = null;
    for (const [t, n] of m) {
      const dice = (2 * n) / (dfEs.get(s)! + dfEn.get(t)!);
      if (!best || dice > best[1] || (dice === best[1] && t < best[0])) best = [t, dice];
    }
    if (best && best[1] >= minDice) out.set(s, best[0]);
  }
  return out;
}

export function fillSearchTranslations(db: Database.Database): void {
  // An item without Spanish of its own may still have a source that words it in both languages (an
  // answer whose chosen English is another source's, answer-spanish-pairs.ts): that record's pair.
  // Two queries, each limited, so the build stays bounded on a large database.
  const own = db.prepare(`SELECT id, text_en, text_es FROM items WHERE text_en IS NOT NULL AND text_es IS NOT NULL ORDER BY id LIMIT ?`).raw().all(MAX_ITEMS) as [number, string, string][];
  const record = db.prepare(`SELECT i.id, e.value, s.value FROM (SELECT i.id, min(s.rowid) AS es_row FROM items i
        JOIN provenance s ON s.item_id = i.id AND s.context_id IS NULL AND s.field = 'text.es'
        WHERE i.text_es IS NULL AND i.text_en IS NOT NULL GROUP BY i.id ORDER BY i.id LIMIT ?) i
      JOIN provenance s ON s.rowid = i.es_row
      JOIN provenance e ON e.item_id = i.id AND e.context_id IS NULL AND e.field = 'text.en' AND e.source = s.source AND e.at IS s.at
      GROUP BY i.id`).raw().all(MAX_ITEMS) as [number, string, string][];
  const texts = [...own, ...record].sort((a, b) => a[0] - b[0]).slice(0, MAX_ITEMS).map(([, en, es]): [string, string] => [en, es]);
  const add = db.prepare('INSERT INTO search_translations (es, en) VALUES (?, ?)');
  for (const [es, en] of stemPairs(texts)) add.run(es, en);
}
