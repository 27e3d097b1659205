// Which instrument records name the same instrument. PDFs and workgroup sheets spell one
// instrument many ways ("TCU Drug Screen 5", "TCU DRUG SCREEN 5", "NHIS", "Million Veteran
// Program (MVP)", "Million Veterans Program"): records sharing a short name, or whose names are
// equal once case, punctuation, a leading "The", plural and possessive endings and a bracketed
// remark are set aside, are one instrument. Questions written for All of Us itself ("Developed
// for use in All of Us", "Developed for AoU—COPE", ...) form one group too. Entries the PDFs tie
// otherwise (instrument-ties.ts: a Spanish list's scale name beside the English citation, a
// description naming the scale) join their groups, with the evidence kept for each name.
import { HEADER_NAME } from '../importers/workgroup/source-names';
import { looseText } from './conflicts';
import type { InstrumentTie } from './instrument-ties';

const ALL_OF_US = /^developed\s+(for|by)\s+(use\s+(in|by)\s+)?(the\s+)?(all\s+of\s+us|aou)\b/i;
export const ALL_OF_US_KEY = 'all-of-us';

export interface NamedRecord {
  name: string;
  shortName?: string | null;
}

/** A name compared loosely: no leading "The", no plural or possessive "s", no punctuation. */
export function aliasForm(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b|s['’]/g, 's')
    .replace(/^the\s+/, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return words.join('');
}

/** The loose forms a name is known by: whole, without a bracketed part, the bracketed part. */
function forms(name: string): string[] {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(name.trim());
  const all = m ? [aliasForm(name), aliasForm(m[1]!), aliasForm(m[2]!)] : [aliasForm(name)];
  return all.filter((f) => f.length >= 3);
}

export class InstrumentKeys {
  private readonly byName = new Map<string, string>();
  /** Group of a name's own key, when a tie joined it to another (union-find parent). */
  private readonly parent = new Map<string, string>();
  /** Why a name is in its group: the evidence of a tie it is one side of. */
  private readonly why = new Map<string, string>();

  /** Registers records that carry a short name first, so spellings without one can join them. */
  constructor(records: NamedRecord[], ties: InstrumentTie[] = []) {
    for (const r of records) {
      if (!r.shortName || ALL_OF_US.test(r.name) || HEADER_NAME.test(r.name.trim())) continue;
      const key = `s:${looseText(r.shortName)}`;
      if (!this.byName.has(looseText(r.name))) this.byName.set(looseText(r.name), key);
      this.byName.set(looseText(r.shortName), key);
      for (const f of forms(r.name)) if (!this.byName.has(f)) this.byName.set(f, key);
    }
    for (const t of ties) this.tie(t);
  }

  /** The group a record's name belongs to (its own key, or the group a tie joined it to). */
  key(r: NamedRecord): string | null {
    const own = this.ownKey(r);
    return own && this.find(own);
  }

  /** How the sources tie a name to its group; null when the name itself says so. */
  evidence(r: NamedRecord): string | null {
    return this.why.get(looseText(r.name)) ?? null;
  }

  private tie(t: InstrumentTie): void {
    const [a, b] = [this.ownKey(t.a), this.ownKey(t.b)];
    if (!a || !b || a === ALL_OF_US_KEY || b === ALL_OF_US_KEY) return;
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    this.parent.set(rb, ra);
    for (const n of [t.a.name, t.b.name]) if (!this.why.has(looseText(n))) this.why.set(looseText(n), t.evidence);
  }

  private find(k: string): string {
    let r = k;
    while (this.parent.has(r)) r = this.parent.get(r)!;
    return r;
  }

  /** The key of a name by itself, before any tie. */
  ownKey(r: NamedRecord): string | null {
    // A column header ("Original source") names no instrument, whatever file it came from.
    if (HEADER_NAME.test(r.name.trim())) return null;
    if (ALL_OF_US.test(r.name.trim())) return ALL_OF_US_KEY;
    const name = looseText(r.name).slice(0, 120);
    if (r.shortName) return `s:${looseText(r.shortName)}`;
    if (!name) return null;
    const known = this.byName.get(name) ?? forms(r.name).map((f) => this.byName.get(f)).find((k) => k !== undefined);
    if (known) return known;
    const [whole, bare] = forms(r.name);
    return `n:${(bare ?? whole ?? name).slice(0, 120)}`;
  }
}
