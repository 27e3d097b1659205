// Which facts of the database some reader states, resolved to rows through the unmutated
// database: the data-mutation check breaks only those (a fact no reader states cannot be caught).
import type { Claim } from './claims';
import { itemsOf, type DbView } from './db-view';
import { sameWording } from './check';

export interface Coverage {
  /** Item ids whose concept ID, code, English or Spanish wording, or module a reader states. */
  conceptId: Set<number>;
  code: Set<number>;
  textEn: Set<number>;
  textEs: Set<number>;
  module: Set<number>;
  /** `question id:answer id` of stated options; of options whose Spanish label is stated. */
  option: Set<string>;
  optionEs: Set<string>;
  /** `question id:answer id` of options whose standard value concept is stated (matched by label). */
  standard: Set<string>;
  /** `child id|source` of stated rules. */
  rule: Set<string>;
  /** `source|number|at` of stated citations. */
  citation: Set<string>;
}

export function coverage(view: DbView, claims: Claim[]): Coverage {
  const cov: Coverage = { conceptId: new Set(), code: new Set(), textEn: new Set(), textEs: new Set(), module: new Set(), option: new Set(), optionEs: new Set(), standard: new Set(), rule: new Set(), citation: new Set() };
  const ids = (c: Claim) => ('item' in c ? itemsOf(view, c.item).map((i) => i.id) : []);
  for (const c of claims) {
    switch (c.fact) {
      case 'conceptId':
        for (const id of ids(c)) cov.conceptId.add(id);
        break;
      case 'code':
        for (const id of ids(c)) cov.code.add(id);
        break;
      case 'text.en':
        for (const id of ids(c)) cov.textEn.add(id);
        break;
      case 'text.es':
        // Only where the stated wording is the database's: a source's Spanish the build recorded as
        // the losing side of a conflict (another wording's, answer-spanish-pairs.ts) vouches for nothing.
        for (const i of itemsOf(view, c.item)) if (sameWording(i.text_es, c.text)) cov.textEs.add(i.id);
        break;
      case 'module':
        for (const id of ids(c)) cov.module.add(id);
        break;
      case 'option':
        for (const q of ids(c)) {
          for (const a of itemsOf(view, c.answer)) {
            cov.option.add(`${q}:${a.id}`);
            if (c.label?.es) cov.optionEs.add(`${q}:${a.id}`);
          }
        }
        break;
      case 'optionStandard':
        for (const id of ids(c)) {
          for (const o of view.options.get(id) ?? []) if (o.standard_concept_id === c.standardConceptId) cov.standard.add(`${id}:${o.answer_id}`);
        }
        break;
      case 'branching':
        for (const id of ids(c)) cov.rule.add(`${id}|${c.source}`);
        break;
      case 'citation':
        cov.citation.add(`${c.source}|${c.number}|${c.at}`);
        break;
    }
  }
  return cov;
}
