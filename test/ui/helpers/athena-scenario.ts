// The Athena import scenario of the UI test: a question of the real database with one answer
// that has no concept ID (it gets a made-up one from the made-up Athena folder) and one that has
// an ID (the folder gives it a different, made-up one: a disagreement). Picked by querying the
// real database, never typed from memory. Made-up IDs are above 2,000,000,000 (OMOP's local range).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRealDb } from '../../helpers/real-db';
import { showItem } from '../../../electron/services/item-detail';

export interface AthenaScenario {
  question: string;
  missing: { code: string; madeUpId: number };
  disagreeing: { code: string; bundledId: number; madeUpId: number };
  mapsToValue: { id: number; name: string };
  version: string;
}

export function pickAthenaScenario(): AthenaScenario {
  const db = openRealDb();
  try {
    // Questions whose answers include one without an ID and one with an ID, answers used only there.
    const rows = db
      .prepare(`SELECT q.code AS question, a.code AS missing,
          (SELECT a2.code FROM options o2 JOIN items a2 ON a2.id = o2.answer_id WHERE o2.question_id = q.id AND a2.concept_id IS NOT NULL
             AND a2.code IS NOT NULL AND (SELECT count(*) FROM options o3 WHERE o3.answer_id = a2.id) = 1 ORDER BY o2.position LIMIT 1) AS withId
         FROM options o JOIN items q ON q.id = o.question_id JOIN items a ON a.id = o.answer_id
        WHERE a.concept_id IS NULL AND a.code IS NOT NULL AND q.code IS NOT NULL AND (SELECT count(*) FROM options o3 WHERE o3.answer_id = a.id) = 1
        ORDER BY q.id, o.position`)
      .all() as { question: string; missing: string; withId: string | null }[];
    const pick = rows.find((r) => r.withId !== null);
    if (!pick) throw new Error('the real database has no question with both an answer lacking an ID and one with an ID');
    // The service's own concept card is the reference for what the bundled codebook says.
    const card = showItem(db, pick.question)!;
    const missing = card.answers.find((a) => a.code === pick.missing)!;
    const withId = card.answers.find((a) => a.code === pick.withId)!;
    if (missing.conceptId !== null || withId.conceptId === null) throw new Error(`unexpected concept card for ${pick.question}`);
    return {
      question: pick.question,
      missing: { code: missing.code!, madeUpId: 2_100_000_501 },
      disagreeing: { code: withId.code!, bundledId: withId.conceptId, madeUpId: 2_100_000_502 },
      mapsToValue: { id: 2_100_000_601, name: 'Made-up standard value for the UI test' },
      version: 'made-up PPI 2099-12',
    };
  } finally {
    db.close();
  }
}

/** Writes the made-up Athena folder; the missing answer's code is upper-cased (codes match in any case). */
export function writeMadeUpAthena(dir: string, s: AthenaScenario): string {
  const folder = join(dir, 'made-up-athena-ui');
  mkdirSync(folder, { recursive: true });
  const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
  writeFileSync(join(folder, 'VOCABULARY.csv'), tsv([
    ['vocabulary_id', 'vocabulary_name', 'vocabulary_reference', 'vocabulary_version', 'vocabulary_concept_id'],
    ['PPI', 'Made-up PPI', 'made-up', s.version, 2_100_000_001],
    ['MADEUP', 'Made-up vocabulary', 'made-up', 'made-up 1', 2_100_000_002],
  ]));
  const concept = (id: number, name: string, vocab: string, cls: string, std: string, code: string) => [id, name, 'Observation', vocab, cls, std, code, '20170101', '20991231', ''];
  writeFileSync(join(folder, 'CONCEPT.csv'), tsv([
    ['concept_id', 'concept_name', 'domain_id', 'vocabulary_id', 'concept_class_id', 'standard_concept', 'concept_code', 'valid_start_date', 'valid_end_date', 'invalid_reason'],
    concept(s.missing.madeUpId, 'Made-up name of the answer without an ID', 'PPI', 'Answer', '', s.missing.code.toUpperCase()),
    concept(s.disagreeing.madeUpId, 'Made-up name of the disagreeing answer', 'PPI', 'Answer', '', s.disagreeing.code),
    concept(s.mapsToValue.id, s.mapsToValue.name, 'MADEUP', 'Clinical Finding', 'S', 'MU-UI-1'),
  ]));
  writeFileSync(join(folder, 'CONCEPT_RELATIONSHIP.csv'), tsv([
    ['concept_id_1', 'concept_id_2', 'relationship_id', 'valid_start_date', 'valid_end_date', 'invalid_reason'],
    [s.missing.madeUpId, s.mapsToValue.id, 'Maps to value', '20170101', '20991231', ''],
  ]));
  return folder;
}
