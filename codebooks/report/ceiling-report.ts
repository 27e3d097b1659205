// Coverage beside its ceiling, per module: for Spanish, sources and answer concept IDs, the share
// of the module's items the database has the fact for, and the share some raw file gives it for
// (codebooks/merge/ceilings.ts), so the distance between the two is visible.
import type Database from 'better-sqlite3';
import type { Ceilings } from '../merge/ceilings';
import type { SpanishGap } from '../merge/spanish-from-pdf';
import { share, type Share } from './share';

export interface FactCeiling {
  coverage: Share;
  ceiling: Share;
}
export interface ModuleCeilings {
  slug: string;
  /** Questions with Spanish wording. */
  spanish: FactCeiling;
  /** Questions linked to a source instrument. */
  source: FactCeiling;
  /** Answer options (question, answer rows) whose answer has a PPI concept ID. */
  answerIds: FactCeiling;
  /** Each question some raw file words in Spanish that has no Spanish here, and why. */
  spanishGaps?: { item: string; why: SpanishGap | 'other' }[];
  /** Each question a raw file ties to a source instrument that has no source link here. */
  sourceGaps?: string[];
}

/** The reasons, in words (codebooks/merge/spanish-from-pdf.ts decides them). */
export const SPANISH_GAP_REASONS: Record<SpanishGap | 'other', string> = {
  unpaired: 'the Spanish PDF prints no question that pairs with it (omitted there, or printed unlike it)',
  unsure: 'its pairing with a Spanish PDF question is ambiguous (a neighbour could be that question)',
  'not-own': "the English PDF prints another wording than the item's (another edition or a sibling)",
  implausible: 'the Spanish PDF text at its place is not a whole question',
  'other-edition': 'printed only in an English PDF edition that no Spanish PDF was aligned with',
  'other-survey': "printed only in the PDF of another survey that shares it (whose Spanish may word it for that survey)",
  workgroup: "only a 2016 workgroup sheet words it in Spanish, a draft not taken as the item's wording",
  other: 'a raw file gives it Spanish, but the merge kept none (see its provenance)',
};


const QUESTIONS = `
  SELECT i.id, i.code, i.code_lower, i.concept_id, i.text_es IS NOT NULL AS es,
    EXISTS (SELECT 1 FROM question_sources s WHERE s.item_id = i.id AND s.instrument_id IS NOT NULL) AS src,
    (SELECT count(*) FROM options o WHERE o.question_id = i.id) AS options,
    (SELECT count(*) FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = i.id AND a.concept_id IS NOT NULL) AS withId
  FROM item_modules im JOIN items i ON i.id = im.item_id WHERE im.module_id = ? AND i.kind = 'question'`;

type Row = { id: number; code: string | null; code_lower: string | null; concept_id: number | null; es: number; src: number; options: number; withId: number };

/** The merge's keys a question row may have had (codebooks/merge/identity.ts): by code, by concept ID. */
const keysOf = (r: Row) => [r.code_lower ? `c:${r.code_lower}` : null, r.concept_id != null ? `i:${r.concept_id}` : null].filter((k): k is string => k !== null);

export function moduleCeilings(db: Database.Database, ceilings: Ceilings): ModuleCeilings[] {
  const modules = db.prepare(`SELECT id, slug FROM modules WHERE category = 'survey' ORDER BY position IS NULL, position, slug`).all() as { id: number; slug: string }[];
  const rowsOf = db.prepare(QUESTIONS);
  return modules.map((m) => {
    const rows = rowsOf.all(m.id) as Row[];
    const has = (set: Set<string>) => rows.filter((r) => keysOf(r).some((k) => set.has(k))).length;
    const spanishGaps = rows
      .filter((r) => !r.es && keysOf(r).some((k) => ceilings.spanish.has(k)))
      .map((r) => {
        const why = keysOf(r).map((k) => ceilings.spanishGaps.get(k)).find((g) => g !== undefined);
        return { item: r.code ?? String(r.concept_id ?? r.id), why: why ?? ('other' as const) };
      });
    const sourceGaps = rows.filter((r) => !r.src && keysOf(r).some((k) => ceilings.source.has(k))).map((r) => r.code ?? String(r.concept_id ?? r.id));
    const givenOf = (r: Row) => Math.max(0, ...keysOf(r).map((k) => ceilings.answerIds.get(k)?.given ?? 0));
    const options = rows.reduce((a, r) => a + r.options, 0);
    const withId = rows.reduce((a, r) => a + r.withId, 0);
    const given = rows.reduce((a, r) => a + Math.min(r.options, givenOf(r)), 0);
    return {
      slug: m.slug,
      spanish: { coverage: share(rows.filter((r) => r.es).length, rows.length), ceiling: share(has(ceilings.spanish), rows.length) },
      source: { coverage: share(rows.filter((r) => r.src).length, rows.length), ceiling: share(has(ceilings.source), rows.length) },
      answerIds: { coverage: share(withId, options), ceiling: share(given, options) },
      spanishGaps,
      sourceGaps,
    };
  });
}

const cell = (f: FactCeiling) => {
  const pct = (s: Share) => `${(s.share * 100).toFixed(0)}%`;
  return `${pct(f.coverage).padStart(4)} /${pct(f.ceiling).padStart(4)}`.padEnd(11);
};

export function formatCeilings(rows: ModuleCeilings[]): string[] {
  const lines = ['coverage / ceiling (share of items some raw file gives the fact for), survey modules:'];
  lines.push(`${'module'.padEnd(26)} ${'spanish'.padEnd(11)} ${'source'.padEnd(11)} answer IDs (options)`);
  for (const r of rows) {
    const a = r.answerIds;
    lines.push(`${r.slug.padEnd(26)} ${cell(r.spanish)} ${cell(r.source)} ${cell(a)} ${a.coverage.count}/${a.ceiling.count} of ${a.coverage.of}`);
  }
  const gaps = rows.filter((r) => r.spanishGaps?.length);
  if (gaps.length) lines.push('Spanish below its ceiling, item by item:');
  for (const r of gaps) {
    const byReason = new Map<string, string[]>();
    for (const g of r.spanishGaps!) byReason.set(SPANISH_GAP_REASONS[g.why], [...(byReason.get(SPANISH_GAP_REASONS[g.why]) ?? []), g.item]);
    for (const [reason, items] of byReason) lines.push(`  ${r.slug}: ${items.join(', ')}: ${reason}`);
  }
  const sourceGaps = rows.filter((r) => r.sourceGaps?.length);
  if (sourceGaps.length) lines.push('Sources below their ceiling, item by item:');
  for (const r of sourceGaps) lines.push(`  ${r.slug}: ${r.sourceGaps!.join(', ')}`);
  return lines;
}
