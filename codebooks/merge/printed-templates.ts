// A question printed once as a template for several items: EHHWB p.18 prints "Did [citalopram,
// fluoxetine, …, the antidepressant(s)] help?" for the seven items mhqukb_31_*. No wording matches
// it, so it was tied to none. Each item whose English is the template with one alternative put in
// is that alternative's; the one item left (worded otherwise, "the other antidepressants") takes
// the one alternative left, when the rest are certain. The print is then each item's printed place
// (page, footnote source, branching prose), in English and in the Spanish print of the same
// template. No wording is made from it: the items keep the wording their sources give.
import type { MergedItem } from './items';
import type { MergedCitation, MergedPrinted, SourceLink } from './provenance-sources';

const BRACKET = /\[([^\]]+)\]/;

export interface TemplateTies {
  /** Each template print, cloned once per item it stands for (method "template"). */
  printed: MergedPrinted[];
  links: SourceLink[];
  /** Keys of the items tied. */
  keys: string[];
}

interface Template {
  before: string;
  after: string;
  alternatives: string[];
}

export function parseTemplate(text: string): Template | null {
  const m = BRACKET.exec(text);
  if (!m || BRACKET.test(text.slice(m.index + m[0].length))) return null;
  const alternatives = m[1]!.split(',').map((a) => a.trim());
  if (alternatives.length < 3 || alternatives.some((a) => !a)) return null;
  return { before: text.slice(0, m.index), after: text.slice(m.index + m[0].length), alternatives };
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** The template with alternative `i` put in. */
export function fillTemplate(t: Template, i: number): string {
  return `${t.before}${t.alternatives[i]}${t.after}`.replace(/\s+/g, ' ').trim();
}

/**
 * Items (siblings under one parent, as many as the alternatives) each paired with its alternative:
 * all but at most one by exact wording; the last by elimination if it is worded around the same
 * frame ("Did … help?"). Null unless every item is paired.
 */
export function pairTemplate(t: Template, siblings: { key: string; text: string }[]): Map<string, number> | null {
  if (siblings.length !== t.alternatives.length) return null;
  const pairs = new Map<string, number>();
  const used = new Set<number>();
  for (const s of siblings) {
    const i = t.alternatives.findIndex((_, k) => !used.has(k) && norm(fillTemplate(t, k)) === norm(s.text));
    if (i >= 0) [pairs.set(s.key, i), used.add(i)];
  }
  const rest = siblings.filter((s) => !pairs.has(s.key));
  if (rest.length > 1) return null;
  if (rest.length === 1) {
    const text = norm(rest[0]!.text);
    if (!text.startsWith(norm(t.before)) || !text.endsWith(norm(t.after))) return null;
    pairs.set(rest[0]!.key, t.alternatives.findIndex((_, k) => !used.has(k)));
  }
  return pairs;
}

export function tieTemplates(printed: MergedPrinted[], items: Map<string, MergedItem>, citations: MergedCitation[]): TemplateTies {
  const out: TemplateTies = { printed: [], links: [], keys: [] };
  const children = new Map<string, { key: string; text: string }[]>();
  for (const i of items.values()) {
    if (i.kind !== 'question' || !i.parentKey || !i.text.en) continue;
    children.set(i.parentKey, [...(children.get(i.parentKey) ?? []), { key: i.key, text: i.text.en }]);
  }
  const unlinked = printed.filter((p) => !p.itemKey && p.module);
  for (const p of unlinked) {
    const r = p.record;
    const t = r.language === 'en' ? parseTemplate(r.text) : null;
    if (!t) continue;
    const pairs = [...children.values()].map((s) => (s.every((x) => items.get(x.key)?.module === p.module) ? pairTemplate(t, s) : null)).filter((x) => x !== null);
    if (pairs.length !== 1) continue;
    const pairing = pairs[0]!;
    const original = r.originalText ? parseTemplate(r.originalText) : null;
    const sameOriginal = original && original.alternatives.join('|') === t.alternatives.join('|');
    const at = r.page != null ? `page ${r.page}` : (r.prov.at ?? null);
    const cited = r.footnotes.map((n) => citations.find((c) => c.source === r.prov.source && c.number === n && c.section === (r.section ?? null))).filter((c) => !!c);
    // The Spanish prints of the same template: same module, as many alternatives, same footnotes, one per document.
    const spanish = unlinked.filter((s) => s.record.language === 'es' && s.module === p.module && parseTemplate(s.record.text)?.alternatives.length === t.alternatives.length && s.record.footnotes.join() === r.footnotes.join());
    const perDoc = new Map<string | null, number>();
    for (const s of spanish) perDoc.set(s.documentSha, (perDoc.get(s.documentSha) ?? 0) + 1);
    for (const [key, i] of pairing) {
      out.keys.push(key);
      out.printed.push({ ...p, itemKey: key, score: null, method: 'template' });
      for (const s of spanish) if (perDoc.get(s.documentSha) === 1) out.printed.push({ ...s, itemKey: key, score: null, method: 'template' });
      const originalText = sameOriginal ? fillTemplate(original, i) : (r.originalText ?? null);
      for (const c of new Set(cited.map((c) => c.instrumentKey))) {
        out.links.push({ itemKey: key, instrumentKey: c, originalText, printedText: fillTemplate(t, i), source: r.prov.source, at });
      }
    }
  }
  return out;
}

/** Replaces each template print by its per-item clones. */
export function withTemplateTies(printed: MergedPrinted[], ties: TemplateTies): MergedPrinted[] {
  const cloned = new Set(ties.printed.map((p) => p.record));
  return [...printed.filter((p) => !cloned.has(p.record)), ...ties.printed];
}
