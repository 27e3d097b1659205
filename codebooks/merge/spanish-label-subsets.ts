// Answer lists the two PDFs print at different lengths: PFHH's "who in your family has had
// endometriosis?" lists five family members in English (no Father, no Son) and all seven in
// Spanish, so no label can be taken by place. Each English answer takes the one Spanish label the
// same Spanish PDF gives that same English answer everywhere else (learnt from its lists of equal
// length), if this list prints that label exactly once. Never by place, never a neighbour's.
// Where the PDF gives an answer several labels (PFHH's "Hermano(a)" in most lists, "Hermana" or
// "Hermano" in the sex-specific cancer lists), the one this list prints is taken, if it prints only
// one of them, once, and that label is given to no other English answer.
import type { Fact } from './choose';
import type { MergedOption } from './options';
import type { MergedPrinted } from './provenance-sources';
import { ownLabel } from './spanish-rows';
import { similarity, words } from './text-match';

const fold = (t: string) => words(t).join(' ');

interface Deferred {
  enQ: MergedPrinted;
  esQ: MergedPrinted;
  /** The item's own English wording: its labels repeat it where the PDF prints only part of it. */
  itemText?: string;
  options: MergedOption[];
  fact: (field: string, value: string) => Fact;
}

export class SubsetLabels {
  private readonly seen = new Map<string, Set<string>>();
  /** For each Spanish label, the English answers it translates (same keying by Spanish source). */
  private readonly answersOf = new Map<string, Set<string>>();
  private readonly deferred: Deferred[] = [];

  /** An equal-length pair of lists, with the place of each English answer's translation. */
  learn(esSource: string, en: string[], es: string[], place: (number | null)[]): void {
    place.forEach((j, i) => {
      if (j === null || !es[j]) return;
      const k = `${esSource}|${fold(en[i]!)}`;
      this.seen.set(k, (this.seen.get(k) ?? new Set()).add(es[j]!));
      const r = `${esSource}|${es[j]!}`;
      this.answersOf.set(r, (this.answersOf.get(r) ?? new Set()).add(fold(en[i]!)));
    });
  }

  defer(d: Deferred): void {
    this.deferred.push(d);
  }

  /** Labels the deferred options it is sure of; returns how many. */
  apply(): number {
    let n = 0;
    for (const { enQ, esQ, itemText, options, fact } of this.deferred) {
      const [en, es] = [enQ.record.answers ?? [], esQ.record.answers ?? []];
      const source = esQ.record.prov.source;
      for (const o of options) {
        if (o.label.es || !o.label.en) continue;
        const printed = ownLabel(o.label.en, enQ.record.text);
        const own = printed === o.label.en && itemText ? ownLabel(o.label.en, itemText) : printed;
        const at = en.findIndex((a) => similarity(a, own) >= 0.9);
        const answer = at < 0 ? '' : fold(en[at]!);
        const known = [...(this.seen.get(`${source}|${answer}`) ?? [])];
        const inList = known.length === 1 ? known : known.filter((l) => es.includes(l));
        if (inList.length !== 1) continue;
        const label = inList[0]!;
        if (es.filter((s) => s === label).length !== 1) continue;
        if (known.length > 1 && this.answersOf.get(`${source}|${label}`)?.size !== 1) continue;
        o.label.es = label;
        o.facts.push(fact('option.text.es', label));
        n++;
      }
    }
    return n;
  }
}
