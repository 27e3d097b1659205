// Which instrument records name the same instrument. PDFs and workgroup sheets spell one
// instrument many ways ("TCU Drug Screen 5", "TCU DRUG SCREEN 5", "NHIS", "Million Veteran
// Program (MVP)", "Million Veterans Program"): records sharing a short name, or whose names are
// equal once case, punctuation, a leading "The", plural and possessive endings and a bracketed
// remark are set aside, are one instrument. Questions written for All of Us itself ("Developed
// for use in All of Us", "Developed for AoU—COPE", ...) form one group too.
import { HEADER_NAME } from '../importers/workgroup/source-names';
import { looseText } from './conflicts';

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

  /** Registers records that carry a short name first, so spellings without one can join them. */
  constructor(records: NamedRecord[]) {
    for (const r of records) {
      if (!r.shortName || ALL_OF_US.test(r.name) || HEADER_NAME.test(r.name.trim())) continue;
      const key = `s:${looseText(r.shortName)}`;
      if (!this.byName.has(looseText(r.name))) this.byName.set(looseText(r.name), key);
      this.byName.set(looseText(r.shortName), key);
      for (const f of forms(r.name)) if (!this.byName.has(f)) this.byName.set(f, key);
    }
  }

  key(r: NamedRecord): string | null {
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
