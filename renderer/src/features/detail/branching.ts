// Branching facts as sources state them: many sources repeat the same rule, so rules are grouped
// by (other question, shown or hidden, answers) with the list of sources that state each.
import type { BranchAnswer, ItemDetail } from '../../../../electron/contract/models';

export interface BranchRule {
  /** The other question: the parent for "asked when", the follow-up for "leads to". */
  code: string | null;
  conceptId: number | null;
  when: 'shown' | 'hidden';
  /** Every answer the rule names, those without a code too (shown by label or ID). */
  answers: BranchAnswer[];
  sources: string[];
  /** Prose or expression as a source wrote it, where it did. */
  texts: string[];
}

/** An answer by its code (any letter case), else its concept ID. */
const answerKey = (a: BranchAnswer) => (a.code ? `c:${a.code.toLowerCase()}` : `i:${a.conceptId ?? '?'}`);

function group<T extends ItemDetail['branching'][number]>(facts: T[], other: (f: T) => { code: string | null; conceptId: number | null }): BranchRule[] {
  const rules = new Map<string, BranchRule>();
  for (const f of facts) {
    const o = other(f);
    const answers = f.answers.map(answerKey).sort();
    const key = JSON.stringify([(o.code ?? '').toLowerCase(), o.conceptId, f.when, answers]);
    const rule = rules.get(key) ?? { ...o, when: f.when, answers: f.answers, sources: [], texts: [] };
    if (!rule.sources.includes(f.source)) rule.sources.push(f.source);
    if (f.text && !rule.texts.includes(f.text)) rule.texts.push(f.text);
    rules.set(key, rule);
  }
  return [...rules.values()];
}

export const askedWhen = (d: Pick<ItemDetail, 'branching'>) => group(d.branching, (f) => ({ code: f.parentCode, conceptId: f.parentConceptId }));
export const leadsTo = (d: Pick<ItemDetail, 'leadsTo'>) => group(d.leadsTo, (f) => ({ code: f.childCode, conceptId: f.childConceptId }));

/** The short name of a source file for display ("curation:lifestyle.csv" → "curation"). */
export const sourceRepo = (source: string) => source.split(/[:@]/)[0] ?? source;
