// A release's answer list tied to the answers its own instrument prints (release_texts.answers):
// where its sources give no list of their own, or only the Data Browser's (no order; labels such
// as "<question> - Adult"), the printed list gives the answers and their order, each printed label
// tied to one answer item. Only a whole tie is used: otherwise the list is left as it was.
import type { Codebook } from '../store';

export interface Listed { answerId: number; en: string | null; es: string | null }
interface Known extends Listed { code: string | null }

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** The label's own words, without the Data Browser's "<question> - " or "<short name>: " before them. */
const forms = (label: string) => [label, label.slice(label.lastIndexOf(' - ') + 3), label.replace(/^[^:]{1,60}:\s+/, '')].map(fold);
/** A bare number names the printed "0 (No pain)" too. */
const names = (k: Known, p: string) => forms(k.en ?? '').includes(p) || (/^\d+$/.test(k.en ?? '') && p.startsWith(`${k.en} `));
const isSkip = (o: Known) => o.code?.toLowerCase() === 'pmi_skip' || /^(pmi )?skip$/.test(fold(o.en ?? ''));

/** Each printed label's one answer among `known` (a coded one where several match), or null when any is missing or taken twice. */
function tie(known: Known[], printed: string[]): Known[] | null {
  const out: Known[] = [];
  for (const p of printed.map(fold)) {
    let hits = known.filter((k) => !isSkip(k) && names(k, p));
    if (hits.length > 1) hits = hits.filter((k) => k.code !== null);
    if (hits.length !== 1 || out.includes(hits[0]!)) return null;
    out.push(hits[0]!);
  }
  return out;
}

export function printedListOf(db: Codebook) {
  const merged = db.prepare(`SELECT o.answer_id AS answerId, coalesce(o.label_en, a.text_en) AS en, coalesce(o.label_es, a.text_es) AS es, a.code
    FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ? ORDER BY o.position, o.answer_id`);
  const codeOf = db.prepare('SELECT code FROM items WHERE id = ?').pluck();
  return {
    /** No list of the release's own: the merged answers its print names, as printed. */
    fromMerged(questionId: number, printed: string[]): Listed[] | null {
      const tied = tie(merged.all(questionId) as Known[], printed);
      return tied && tied.map((k, i) => ({ answerId: k.answerId, en: printed[i]!, es: k.es }));
    },
    /** A list without an order of its own: in printed order and words, when every answer is printed (a skip last). */
    reordered(list: Listed[], printed: string[]): Listed[] | null {
      const known = list.map((o) => ({ ...o, code: codeOf.get(o.answerId) as string | null }));
      const rest = known.filter((k) => !isSkip(k));
      const tied = tie(rest, printed);
      // An answer left over must be a copy of a printed one (the Data Browser's uncoded "<question> - No" beside "No").
      if (!tied || rest.some((k) => !tied.includes(k) && !printed.some((p) => names(k, fold(p))))) return null;
      return [...tied.map((k, i) => ({ answerId: k.answerId, en: printed[i]!, es: k.es })), ...known.filter(isSkip).map(({ code: _, ...o }) => o)];
    },
  };
}

/** A merged list without "Skip" and without uncoded copies of its coded answers (the Data Browser's "<question> - No" beside "No"). */
export function withoutCopies(db: Codebook, list: Listed[]): Listed[] {
  const codeOf = db.prepare('SELECT code FROM items WHERE id = ?').pluck();
  const known = list.map((o) => ({ ...o, code: codeOf.get(o.answerId) as string | null })).filter((k) => !isSkip(k));
  const coded = new Set(known.filter((k) => k.code !== null).map((k) => fold(k.en ?? '')));
  return known.filter((k) => k.code !== null || !forms(k.en ?? '').some((f) => coded.has(f))).map(({ code: _, ...o }) => o);
}
