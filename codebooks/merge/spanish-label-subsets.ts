// Answer lists the two PDFs print at different lengths: PFHH's "who in your family has had
// endometriosis?" lists five family members in English (no Father, no Son) and all seven in
// Spanish, so no label can be taken by place. Each English answer takes the one Spanish label the
// same Spanish PDF gives that same English answer everywhere else (learnt from its lists of equal
// length), if this list prints that label exactly once. Never by place, never a neighbour's.
import type { Fact } from './choose';
import type { MergedOption } from './options';
import type { MergedPrinted } from './provenance-sources';
import { ownLabel } from './spanish-rows';
import { similarity, words } from './text-match';

const fold = (t: string) => words(t).join(' ');

interface Deferred {
  enQ: MergedPrinted;
  esQ: MergedPrinted;
  options: MergedOption[];
  fact: (field: string, value: string) => Fact;
}

export class SubsetLabels {
  private readonly seen = new Map<string, Set<string>>();
  private readonly deferred: Deferred[] = [];

  /** An equal-length pair of lists, with the place of each English answer's translation. */
  learn(esSource: string, en: string[], es: string[], place: (number | null)[]): void {
    place.forEach((j, i) => {
      if (j === null || !es[j]) return;
      const k = `${esSource}|${fold(en[i]!)}`;
      this.seen.set(k, (this.seen.get(k) ?? new Set()).add(es[j]!));
    });
  }

  defer(d: Deferred): void {
    this.deferred.push(d);
  }

  /** Labels the deferred options it is sure of; returns how many. */
  apply(): number {
    let n = 0;
    for (const { enQ, esQ, options, fact } of this.deferred) {
      const [en, es] = [enQ.record.answers ?? [], esQ.record.answers ?? []];
      for (const o of options) {
        if (o.label.es || !o.label.en) continue;
        const own = ownLabel(o.label.en, enQ.record.text);
        const at = en.findIndex((a) => similarity(a, own) >= 0.9);
        const known = at < 0 ? undefined : this.seen.get(`${esQ.record.prov.source}|${fold(en[at]!)}`);
        if (!known || known.size !== 1) continue;
        const label = [...known][0]!;
        if (es.filter((s) => s === label).length !== 1) continue;
        o.label.es = label;
        o.facts.push(fact('option.text.es', label));
        n++;
      }
    }
    return n;
  }
}
