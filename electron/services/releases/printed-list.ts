// A release's answer list tied to the answers its own instrument prints (release_texts.answers):
// where its sources give no list of their own, or only the Data Browser's (no order; labels such
// as "<question> - Adult"), the printed list gives the answers and their order, each printed label
// tied to one answer item. Only a whole tie is used: otherwise the list is left as it was.
import type { Codebook } from '../store';

export interface Listed { answerId: number; en: string | null; es: string | null }
interface Known extends Listed { code: string | null }

// Labels repeat across a survey's lists (Yes, No, Mother, …): each is folded once.
const folded = new Map<string, string>();
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear();
    f = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    folded.set(s, f);
  }
  return f;
}
/** The label's own words, without the Data Browser's "<question> - " or "<short name>: " before them. */
const forms = (label: string) => [fold(label), fold(label.includes(' - ') ? label.slice(label.lastIndexOf(' - ') + 3) : label), fold(label.replace(/^[^:]{1,60}:\s+/, ''))];
const formsOf = new WeakMap<Known, string[]>();
/** A bare number names the printed "0 (No pain)" too. */
const names = (k: Known, p: string) => {
  const f = formsOf.get(k) ?? formsOf.set(k, forms(k.en ?? '')).get(k)!;
  return f.includes(p) || (/^\d+$/.test(k.en ?? '') && p.startsWith(`${k.en} `));
};
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

/** Overall Health's 2018 print gives each answer its score first ("4 = Mostly", "5 = 0 No pain"),
 *  as its "PPI<ID>. 4 = Mostly" lines show (the answer is "Mostly"): where every printed answer
 *  has one, the words after it are the answer's. */
export function withoutScores(printed: string[]): string[] {
  const scored = /^\d+\s*=\s*(?=\S)/;
  return printed.every((p) => scored.test(p)) ? printed.map((p) => p.replace(scored, '')) : printed;
}

/** `codeOf`: an answer's code (the caller may know them already). */
export function printedListOf(db: Codebook, codeOf: (answerId: number) => string | null) {
  const merged = db.prepare(`SELECT o.answer_id AS answerId, coalesce(o.label_en, a.text_en) AS en, coalesce(o.label_es, a.text_es) AS es, a.code
    FROM options o JOIN items a ON a.id = o.answer_id WHERE o.question_id = ? ORDER BY o.position, o.answer_id`);
  return {
    /** No list of the release's own: the merged answers its print names, as printed. */
    fromMerged(questionId: number, asPrinted: string[]): Listed[] | null {
      const printed = withoutScores(asPrinted);
      const tied = tie(merged.all(questionId) as Known[], printed);
      return tied && tied.map((k, i) => ({ answerId: k.answerId, en: printed[i]!, es: k.es }));
    },
    /** A list without an order of its own: in printed order and words, when every answer is printed (a skip last). */
    reordered(list: Listed[], asPrinted: string[]): Listed[] | null {
      const printed = withoutScores(asPrinted);
      const known = list.map((o) => ({ ...o, code: codeOf(o.answerId) }));
      const rest = known.filter((k) => !isSkip(k));
      const tied = tie(rest, printed);
      // An answer left over must be a copy of a printed one (the Data Browser's uncoded "<question> - No" beside "No").
      if (!tied || rest.some((k) => !tied.includes(k) && !printed.some((p) => names(k, fold(p))))) return null;
      return [...tied.map((k, i) => ({ answerId: k.answerId, en: printed[i]!, es: k.es })), ...known.filter(isSkip).map(({ code: _, ...o }) => o)];
    },
  };
}

const codeStatements = new WeakMap<Codebook, ReturnType<Codebook['prepare']>>();

/** A merged list without "Skip" and without uncoded copies of its coded answers (the Data Browser's "<question> - No" beside "No"). */
export function withoutCopies(db: Codebook, list: Listed[]): Listed[] {
  const codeOf = codeStatements.get(db) ?? codeStatements.set(db, db.prepare('SELECT code FROM items WHERE id = ?').pluck()).get(db)!;
  const known = list.map((o) => ({ ...o, code: codeOf.get(o.answerId) as string | null })).filter((k) => !isSkip(k));
  const coded = new Set(known.filter((k) => k.code !== null).map((k) => fold(k.en ?? '')));
  return known.filter((k) => k.code !== null || !forms(k.en ?? '').some((f) => coded.has(f))).map(({ code: _, ...o }) => o);
}

/** Words shared by two labels, as a share of both (Dice). */
function overlap(a: string, b: string): number {
  const x = new Set(fold(a).split(' ')), y = new Set(fold(b).split(' '));
  return (2 * [...x].filter((w) => y.has(w)).length) / (x.size + y.size);
}
/** The English label is the print's row `i`: in its words, or worded a little differently and
 *  nearer that row than any other, the row adding at most one word (the print's typo "Other heard
 *  or blood condition", the codebook's "… sclerosis or ALS"; not "None at all [End Survey]"). */
function printedAt(label: string, en: string[], i: number): boolean {
  if (fold(label).replaceAll(' ', '') === fold(en[i]!).replaceAll(' ', '')) return true; // "everyday", "every day"
  const own = new Set(fold(label).split(' '));
  const near = overlap(label, en[i]!);
  return near >= 0.6 && fold(en[i]!).split(' ').filter((w) => !own.has(w)).length <= 1 && en.every((p, j) => j === i || overlap(label, p) < near);
}

/**
 * The release's Spanish print's words for a list shown in its English print's words and order,
 * answer by answer, where the two prints run in step: as long as each other (a "Skip" no form
 * prints left aside), each answer at its English print's row (printedAt), no answer whose known Spanish (`known`: its own labels, and the module's
 * translations of its English label) the Spanish print has at another place, one that answer's
 * own row does not claim (COPE May 2020's ipaq_1 prints No, Yes in English and Sí, No in
 * Spanish), and at least one at the same place.
 * Else as it was.
 */
export function withPrintedSpanish(list: Listed[] | null, printed: { en: string[] | null; es: string[] | null } | undefined,
  known: (o: Listed) => string[] = (o) => (o.es === null ? [] : [o.es])): Listed[] | null {
  const en = printed?.en, es = printed?.es;
  if (!list || !en || !es || es.length !== en.length) return list;
  const rows = list.filter((o) => !isSkip({ ...o, code: null }));
  if (rows.length !== en.length || rows.some((o, i) => !printedAt(o.en ?? '', en, i))) return list;
  const at = es.map(fold);
  const places = rows.map((o) => new Set(known(o).map((l) => at.indexOf(fold(l))).filter((j) => j >= 0)));
  // A label at another row is a misstep unless that row's own answer has it too: a source's slip
  // (PMH's questionnaire gives "Older adult (65-74)" the Spanish "Adulto (18-64)").
  if (places.some((p, i) => [...p].some((j) => j !== i && !places[j]!.has(j)))) return list;
  if (!places.some((p, i) => p.has(i))) return list;
  const byRow = new Map(rows.map((o, i) => [o, es[i]!]));
  return list.map((o) => (byRow.has(o) ? { ...o, es: byRow.get(o)! } : o));
}
