// The answers of one select-all-that-apply question name different things (Heart, Kidney, Bone,
// Skin): a Spanish that names one of them where its English names another is a neighbour's
// translation ("Date of heart transplant" given "Fecha del transplante de riñon" by a shifted
// payload). Their labels in both languages are the terms compared; no word list is typed in.
import type { MergedItem } from './items';
import type { MergedOption } from './options';
import { words } from './text-match';

/** A list this short, or a label this long (in words), is not a list of names. */
const MIN_TERMS = 3;
const MAX_TERM_WORDS = 2;
/** Shorter English labels ("Ear") match inside too many wordings. */
const MIN_LETTERS = 4;

interface Term {
  en: string;
  es: string;
}

const padded = (s: string) => ` ${words(s).join(' ')} `;

export class ContrastTerms {
  private readonly lists: Term[][] = [];

  constructor(items: Map<string, MergedItem>, options: MergedOption[]) {
    const byQuestion = new Map<string, Term[]>();
    for (const o of options) {
      if (items.get(o.questionKey)?.fieldType !== 'multiple' || !o.label.en || !o.label.es) continue;
      const en = words(o.label.en);
      if (en.length > MAX_TERM_WORDS || en.join('').length < MIN_LETTERS) continue;
      const list = byQuestion.get(o.questionKey) ?? [];
      list.push({ en: padded(o.label.en), es: padded(o.label.es) });
      byQuestion.set(o.questionKey, list);
    }
    for (const list of byQuestion.values()) if (list.length >= MIN_TERMS) this.lists.push(list);
  }

  /** English wording → each list that names exactly one of its terms in it, with that term. */
  private readonly namedOf = new Map<string, { list: Term[]; own: Term }[]>();

  private named(en: string, e: string): { list: Term[]; own: Term }[] {
    let out = this.namedOf.get(en);
    if (!out) {
      out = [];
      for (const list of this.lists) {
        const named = list.filter((t) => e.includes(t.en));
        if (named.length === 1) out.push({ list, own: named[0]! });
      }
      this.namedOf.set(en, out);
    }
    return out;
  }

  /** The English label of the other answer the Spanish names, when `es` cannot be `en`'s, else null. */
  otherNamed(en: string, es: string): string | null {
    const [e, s] = [padded(en), padded(es)];
    for (const { list, own } of this.named(en, e)) {
      if (s.includes(own.es)) continue;
      // Another term's Spanish, not part of this term's own Spanish, its English absent.
      const other = list.find((t) => t !== own && s.includes(t.es) && !own.es.includes(t.es) && !e.includes(t.en));
      if (other) return other.en.trim();
    }
    return null;
  }
}
