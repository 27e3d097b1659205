// The report's coverage-vs-ceiling table on the real database: for every survey module the
// ceiling (what some raw file gives) is never below the coverage (what the database has), and
// the PFHH answer-ID ceiling is at least what this test's own reader of pfhh_qa_metadata.csv
// finds: every (question, answer) pair that file lists is an option whose answer ID it gives.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../../codebooks/report/report';
import { formatCeilings, SPANISH_GAP_REASONS } from '../../../codebooks/report/ceiling-report';
import { openRealDb } from '../../helpers/real-db';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());
const report = JSON.parse((db.prepare(`SELECT value FROM meta WHERE key = 'report'`).get() as { value: string }).value) as BuildReport;

describe('coverage beside its ceiling', () => {
  it('covers every survey module, with three facts each', () => {
    const surveys = (db.prepare(`SELECT slug FROM modules WHERE category = 'survey'`).all() as { slug: string }[]).map((m) => m.slug);
    expect(report.ceilings?.map((c) => c.slug).sort()).toEqual(surveys.sort());
    const lines = formatCeilings(report.ceilings!);
    for (const slug of surveys) expect(lines.filter((l) => l.startsWith(`${slug} `)), slug).toHaveLength(1);
  });

  it('names each question below the Spanish ceiling, with why', () => {
    for (const m of report.ceilings!) {
      expect(m.spanish.coverage.count + m.spanishGaps!.length, m.slug).toBe(m.spanish.ceiling.count);
      for (const g of m.spanishGaps!) expect(Object.keys(SPANISH_GAP_REASONS), `${m.slug} ${g.item}`).toContain(g.why);
    }
    // Social Factors of Health: its Spanish PDF leaves out scns_3 ("People in my neighborhood can be
    // trusted.", Social_Factors_of_Health.pdf page 2), so scns_4 after it cannot be told apart.
    const sdoh = report.ceilings!.find((m) => m.slug === 'sdoh')!;
    expect(sdoh.spanishGaps!.map((g) => [g.item, g.why]).sort()).toEqual([
      ['scns_3', 'unsure'],
      ['scns_4', 'unsure'],
    ]);
    const text = formatCeilings(report.ceilings!);
    expect(text.find((l) => l.includes('sdoh: ') && l.includes('scns_3'))).toContain(SPANISH_GAP_REASONS.unsure);
    // PFHH's acid reflux item, whose print a bullet before its branching statement hid (PFHH p.26),
    // takes the Spanish of PFHH's own Spanish PDF: no PFHH question is left below its ceiling.
    const pfhh = report.ceilings!.find((m) => m.slug === 'pfhh')!;
    expect(pfhh.spanishGaps).toEqual([]);
  });

  it('names each question below the source ceiling', () => {
    // Coverage and ceiling count the same questions: those a raw file ties to an instrument and
    // the database does not are listed, so none is hidden in a rounded percentage.
    for (const m of report.ceilings!) expect(m.source.coverage.count + m.sourceGaps!.length, m.slug).toBe(m.source.ceiling.count);
    const lines = formatCeilings(report.ceilings!);
    const gaps = report.ceilings!.filter((m) => m.sourceGaps!.length);
    for (const m of gaps) expect(lines, m.slug).toContain(`  ${m.slug}: ${m.sourceGaps!.join(', ')}`);
  });

  it('the ceiling is never below the coverage, for Spanish, sources and answer IDs', () => {
    const below = report.ceilings!.flatMap((m) =>
      (['spanish', 'source', 'answerIds'] as const)
        .filter((f) => m[f].ceiling.count < m[f].coverage.count)
        .map((f) => `${m.slug} ${f}: ${m[f].coverage.count} > ${m[f].ceiling.count}`),
    );
    expect(below).toEqual([]);
  });

  it('the coverage counts match the database', () => {
    const lifestyle = report.ceilings!.find((m) => m.slug === 'lifestyle')!;
    const n = db
      .prepare(`SELECT count(*) n FROM items i JOIN item_modules im ON im.item_id = i.id JOIN modules m ON m.id = im.module_id
         WHERE m.slug = 'lifestyle' AND i.kind = 'question' AND i.text_es IS NOT NULL`)
      .get() as { n: number };
    expect(lifestyle.spanish.coverage.count).toBe(n.n);
  });

  it('PFHH: the answer-ID ceiling counts every option pfhh_qa_metadata.csv gives an ID', async () => {
    const file = await realSource('data-browser:pfhh_qa_metadata.csv');
    const pairs = new Set<string>();
    for (const line of readFileSync(file.path, 'utf8').split('\n').slice(1)) {
      const m = /^(\d+),.*,(\d+),(?:"[^"]*"|[^,]*)$/.exec(line.trim());
      if (m) pairs.add(`${m[1]}-${m[2]}`);
    }
    expect(pairs.size).toBeGreaterThan(500);
    const rows = db
      .prepare(`SELECT q.concept_id || '-' || a.concept_id AS pair FROM options o JOIN items q ON q.id = o.question_id JOIN items a ON a.id = o.answer_id
         JOIN item_modules im ON im.item_id = q.id JOIN modules m ON m.id = im.module_id WHERE m.slug = 'pfhh'`)
      .all() as { pair: string }[];
    const given = rows.filter((r) => pairs.has(r.pair)).length;
    const pfhh = report.ceilings!.find((m) => m.slug === 'pfhh')!;
    expect(given).toBeGreaterThan(400);
    expect(pfhh.answerIds.ceiling.count).toBeGreaterThanOrEqual(given);
  });
});
