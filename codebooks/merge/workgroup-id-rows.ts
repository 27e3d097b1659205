// The item-id column of a workgroup Spanish sheet can sit a row off its wording: Healthcare
// Access's Sheet2 gives HIQ.011 ("Are you covered…") to row 15, whose wording is the insurance-type
// question, and HIQ.031 (insurance type) to row 16, the delayed-care question. An id belongs to
// the Spanish row that translates the English row worded like the id's item.
import type { PrintedQuestionRecord } from '../model/records';
import type { MergedItem } from './items';
import { containsAll } from './spanish-rows';

/**
 * Spanish prints whose item id is moved: to the id of the row they translate, or to null (their
 * own id's item is worded like the English row another Spanish row translates). Only where both
 * ends are sure: the id's item is worded like exactly one English row, the row the id sits on does
 * not translate that row nor one worded like the item, and the receiving row's own id (if any)
 * names no item its English row is worded like.
 */
export function movedItemIds(records: PrintedQuestionRecord[], items: Map<string, MergedItem>, byItemId: Map<string, string>): Map<PrintedQuestionRecord, string | null> {
  const moved = new Map<PrintedQuestionRecord, string | null>();
  const english = new Map<string, PrintedQuestionRecord>();
  const spanishOf = new Map<string, PrintedQuestionRecord>();
  for (const r of records) {
    if (!r.prov.source.startsWith('workgroup:')) continue;
    if (r.language === 'en' && r.prov.at) english.set(`${r.prov.source}|${r.prov.at}`, r);
    if (r.language === 'es' && r.translates) spanishOf.set(`${r.prov.source}|${r.translates}`, r);
  }
  const itemOf = (id: string | null | undefined) => (id ? items.get(byItemId.get(id.toLowerCase()) ?? '')?.text.en ?? null : null);
  const worded = (text: string, e: PrintedQuestionRecord | undefined) => !!e && containsAll(text, e.text);
  const pairOf = (r: PrintedQuestionRecord) => (r.translates ? english.get(`${r.prov.source}|${r.translates}`) : undefined);
  for (const r of records) {
    const id = r.ref?.itemId;
    const text = itemOf(id);
    if (r.language !== 'es' || !r.prov.source.startsWith('workgroup:') || !id || !text || worded(text, pairOf(r))) continue;
    const rows = [...english.values()].filter((e) => e.prov.source === r.prov.source && worded(text, e));
    if (rows.length !== 1) continue;
    const to = spanishOf.get(`${r.prov.source}|${rows[0]!.prov.at}`);
    if (!to || to === r) continue;
    const theirs = itemOf(to.ref?.itemId);
    if (theirs && worded(theirs, pairOf(to))) continue;
    moved.set(to, id);
    if (!moved.has(r)) moved.set(r, null);
  }
  return moved;
}
