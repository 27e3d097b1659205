// The wordings a page is looked for by, besides an item's chosen one. `tied`: for items that joined
// two tied codes (code-aliases.ts), before the merge each code was an item found by its own wording,
// and the longer, specific one ("Please indicate if your grandparent...") names the page better than
// a short grid label ("Mental Health Conditions") printed on the first page of the form; wordings
// other items also have are left out of it. `shared`: those left out, for every item ("About how
// old were you when you were first told you had this condition?", which the payloads give every
// condition of Personal Medical History and its PDF prints under each), looked for only where the
// item's own wording ("...bipolar disorder?") is printed nowhere word for word (page-index.ts).
import type Database from 'better-sqlite3';

/** Per `item|language`, the `tied` and `shared` wordings, longest first. */
export function pageWordings(db: Database.Database): { tied: Map<string, string[]>; shared: Map<string, string[]> } {
  const rows = db
    .prepare(`SELECT item_id AS id, field, value FROM provenance WHERE context_id IS NULL AND field IN ('text.en', 'text.es')`)
    .all() as { id: number; field: string; value: string }[];
  const owners = new Map<string, Set<number>>();
  for (const r of rows) owners.set(`${r.field}|${r.value}`, (owners.get(`${r.field}|${r.value}`) ?? new Set()).add(r.id));
  const tied = new Set(db.prepare('SELECT item_id FROM item_aliases').pluck().all() as number[]);
  // A follow-up a source words with its parent's wording in front (joined-parent-wording.ts) is
  // looked for by that too: its own words are printed under every activity, the joined ones once.
  const chosen = new Map<string, string>();
  for (const i of db.prepare("SELECT id, text_en, text_es FROM items WHERE kind = 'question'").all() as { id: number; text_en: string | null; text_es: string | null }[]) {
    if (i.text_en) chosen.set(`${i.id}|text.en`, i.text_en.trim());
    if (i.text_es) chosen.set(`${i.id}|text.es`, i.text_es.trim());
  }
  const joined = (r: { id: number; field: string; value: string }) => {
    const own = chosen.get(`${r.id}|${r.field}`);
    return !!own && r.value.trim().length > own.length && r.value.trim().endsWith(own);
  };
  const out = new Map<string, string[]>();
  const shared = new Map<string, string[]>();
  const add = (to: Map<string, string[]>, r: { id: number; field: string; value: string }) => {
    const k = `${r.id}|${r.field === 'text.en' ? 'en' : 'es'}`;
    const list = to.get(k) ?? [];
    if (!list.includes(r.value)) list.push(r.value);
    to.set(k, list);
  };
  for (const r of rows) {
    const one = owners.get(`${r.field}|${r.value}`)!.size === 1;
    if (one && (tied.has(r.id) || joined(r))) add(out, r);
    else if (!one && r.value.trim() !== chosen.get(`${r.id}|${r.field}`)) add(shared, r);
  }
  for (const list of [...out.values(), ...shared.values()]) list.sort((a, b) => b.length - a.length);
  return { tied: out, shared };
}
