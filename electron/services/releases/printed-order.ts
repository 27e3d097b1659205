// A release's answer list in the order its printed instrument gives, where the build recorded that
// the lead source's order differs from it (conflict `release.options.order`, printed order chosen:
// codebooks/releases/order-conflicts.ts). The conflict's chosen side is the source's own labels in
// printed order, so the answers it names take their printed places; the rest keep theirs.
import type { Codebook } from '../store';

interface Listed { answerId: number; en: string | null; es: string | null }

export function printedOrderOf(db: Codebook): (releaseId: string, questionId: number, source: string) => string[] | null {
  // A dozen rows in all: read once, not a scan of the conflicts per question.
  const rows = db.prepare(`SELECT subject, item_id AS item, chosen, other_source AS other FROM conflicts WHERE field = 'release.options.order'`)
    .all() as { subject: string; item: number; chosen: string | null; other: string }[];
  return (releaseId, questionId, source) => {
    // other_source is the source, then its row in brackets ("allofus:aou_codebook.rda (row 21)").
    const own = rows.find((r) => r.item === questionId && r.subject.startsWith(`${releaseId}: `) && (r.other === source || r.other.startsWith(`${source} (`)));
    return own?.chosen ? own.chosen.split(' | ') : null;
  };
}

export function inPrintedOrder<T extends Listed>(list: T[], printed: string[] | null): T[] {
  if (!printed) return list;
  const slots = list.flatMap((o, i) => (o.en !== null && printed.includes(o.en) ? [i] : []));
  const moved = slots.map((i) => list[i]!).sort((a, b) => printed.indexOf(a.en!) - printed.indexOf(b.en!));
  const out = [...list];
  slots.forEach((at, k) => (out[at] = moved[k]!));
  return out;
}
