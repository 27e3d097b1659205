// Answer options without an English label (neither the option's own label nor the answer's
// wording), per survey module: what a reader sees as a bare code. Merging tied codes
// (code-aliases.ts) is meant to lower it.
import type Database from 'better-sqlite3';

export interface UnlabelledOptions {
  module: string;
  options: number;
  withoutEnglishLabel: number;
}

export function unlabelledOptions(db: Database.Database): UnlabelledOptions[] {
  return db
    .prepare(`SELECT m.slug AS module, count(*) AS options, sum(o.label_en IS NULL) AS withoutEnglishLabel
      FROM options o JOIN items q ON q.id = o.question_id JOIN modules m ON m.id = q.module_id
      WHERE m.category = 'survey' GROUP BY m.id HAVING sum(o.label_en IS NULL) > 0 ORDER BY m.position, m.slug`)
    .all() as UnlabelledOptions[];
}

export function formatUnlabelled(rows: UnlabelledOptions[]): string {
  return `answer options without an English label: ${rows.map((r) => `${r.module} ${r.withoutEnglishLabel}/${r.options}`).join(', ') || 'none'}`;
}
