import type { ImportResult } from '../../model/records';
import type { DataFrame } from '../../read/rda';
import type { SourceFile } from '../types';
import { requireColumns, requiredText, rowAt } from './common';

/** aou_concept_codes: answer codes (SDOH_*, cope_a_*) with their text. */
export function importConceptCodes(df: DataFrame, file: SourceFile, out: ImportResult): void {
  requireColumns(df, file.name, ['code', 'answer']);
  const texts = new Map<string, Set<string>>();
  for (let i = 0; i < df.nrow; i++) {
    const code = requiredText(df, file.name, 'code', i);
    const answer = requiredText(df, file.name, 'answer', i);
    const seen = texts.get(code) ?? new Set<string>();
    texts.set(code, seen);
    if (seen.has(answer)) continue;
    seen.add(answer);
    out.concepts.push({ code, kind: 'answer', text: { en: answer }, prov: { source: file.entry.id, at: rowAt(i) } });
  }
  // The same code with different wordings (reused across COPE editions) is kept: the merge reports it.
  const reused = [...texts].filter(([, s]) => s.size > 1).map(([c]) => c);
  if (reused.length) out.notes.push(`${df.name}: codes with more than one text: ${reused.join(', ')}`);
}
