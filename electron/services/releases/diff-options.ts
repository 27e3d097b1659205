// Answer options of one question in two releases: added, removed, relabelled, reordered. Only
// where both releases' own sources list the options.
import type { z } from 'zod';
import type { OptionChange } from '../../contract/releases';
import type { Codebook } from '../store';
import { sameWording } from './texts';

type Opt = { answerId: number; en: string | null; es: string | null };

export function optionChanges(db: Codebook, q: { code: string | null; concept_id: number | null }, before: Opt[] | null, after: Opt[] | null): z.infer<typeof OptionChange>[] {
  if (!before || !after) return [];
  const codeOf = db.prepare('SELECT code, text_en FROM items WHERE id = ?');
  const name = (id: number) => {
    const r = codeOf.get(id) as { code: string | null; text_en: string | null } | undefined;
    return r?.code ?? r?.text_en ?? String(id);
  };
  const base = { code: q.code, conceptId: q.concept_id };
  const out: z.infer<typeof OptionChange>[] = [];
  const b = new Map(before.map((o) => [o.answerId, o]));
  const a = new Map(after.map((o) => [o.answerId, o]));
  for (const o of after) if (!b.has(o.answerId)) out.push({ ...base, change: 'added', answer: name(o.answerId), before: null, after: o.en });
  for (const o of before) if (!a.has(o.answerId)) out.push({ ...base, change: 'removed', answer: name(o.answerId), before: o.en, after: null });
  for (const o of after) {
    const p = b.get(o.answerId);
    if (p?.en && o.en && !sameWording(p.en, o.en)) out.push({ ...base, change: 'relabelled', answer: name(o.answerId), before: p.en, after: o.en });
  }
  const common = (list: Opt[], other: Map<number, Opt>) => list.filter((o) => other.has(o.answerId)).map((o) => o.answerId);
  const ob = common(before, a);
  const oa = common(after, b);
  if (ob.join() !== oa.join()) out.push({ ...base, change: 'reordered', answer: null, before: ob.map(name).join(', '), after: oa.map(name).join(', ') });
  return out;
}
