// An option's label taken from a PDF cites the page its question's print starts on; where the
// answer is printed on a later page (a list running over the page, PFHH's answers each followed by
// their follow-ups), the fact cites that page instead, and so does the same label on its answer.
import type { Provenance } from '../model/records';
import type { Fact } from './choose';
import { looseText } from './conflicts';
import type { MergedItem } from './items';
import { push } from './group';
import type { MergedOption } from './options';
import type { AnswerPages } from './printed-answer-pages';
import type { MergedPrinted } from './provenance-sources';

const LABEL_FIELDS = new Set(['option.label.en', 'option.text.es']);
const PAGE = /^page (\d+)$/;

export function citeAnswerPages(options: MergedOption[], items: Map<string, MergedItem>, printed: MergedPrinted[], pagesOf: AnswerPages): number {
  const printsOf = new Map<string, MergedPrinted[]>();
  for (const p of printed) {
    if (!p.itemKey || p.record.page == null) continue;
    push(printsOf, `${p.itemKey}|${p.record.prov.source}|${p.record.page}`, p);
  }
  let moved = 0;
  for (const o of options) {
    for (const f of o.facts) {
      const page = Number(PAGE.exec(f.prov.at ?? '')?.[1]);
      if (!LABEL_FIELDS.has(f.field) || !f.prov.source.startsWith('pdf:') || !page) continue;
      const want = looseText(f.value);
      // The prints of this question on that page of that PDF that place the answer; one page, or none.
      const found = new Set((printsOf.get(`${o.questionKey}|${f.prov.source}|${page}`) ?? []).map((p) => pagesOf(p).get(want)).filter((n) => n !== undefined));
      if (found.size !== 1) continue;
      const at = [...found][0]!;
      if (at === page) continue;
      const prov: Provenance = { source: f.prov.source, at: `page ${at}` };
      sameOnAnswer(items.get(o.answerKey)?.facts ?? [], f, prov);
      f.prov = prov;
      moved++;
    }
  }
  return moved;
}

/** The answer's own fact of the same label from the same place (label-only answers carry one). */
function sameOnAnswer(facts: Fact[], option: Fact, prov: Provenance): void {
  const field = option.field === 'option.label.en' ? 'text.en' : 'text.es';
  for (const f of facts) {
    if (f.field === field && f.value === option.value && f.prov.source === option.prov.source && f.prov.at === option.prov.at) f.prov = prov;
  }
}
