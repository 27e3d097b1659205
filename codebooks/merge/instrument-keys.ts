// Which instrument records name the same instrument. PDFs and workgroup sheets spell one
// instrument many ways ("TCU Drug Screen 5", "TCU DRUG SCREEN 5", "NHIS"); records sharing a
// short name or a loosely equal name are one instrument. Questions written for All of Us itself
// ("Developed for use in All of Us", "Developed for AoU—COPE", ...) form one group too.
import { HEADER_NAME } from '../importers/workgroup/source-names';
import { looseText } from './conflicts';

const ALL_OF_US = /^developed\s+(for|by)\s+(use\s+(in|by)\s+)?(the\s+)?(all\s+of\s+us|aou)\b/i;
export const ALL_OF_US_KEY = 'all-of-us';

export interface NamedRecord {
  name: string;
  shortName?: string | null;
}

export class InstrumentKeys {
  private readonly byName = new Map<string, string>();

  /** Registers records that carry a short name first, so spellings without one can join them. */
  constructor(records: NamedRecord[]) {
    for (const r of records) {
      if (!r.shortName || ALL_OF_US.test(r.name)) continue;
      const key = `s:${looseText(r.shortName)}`;
      if (!this.byName.has(looseText(r.name))) this.byName.set(looseText(r.name), key);
      this.byName.set(looseText(r.shortName), key);
    }
  }

  key(r: NamedRecord): string | null {
    // A column header ("Original source") names no instrument, whatever file it came from.
    if (HEADER_NAME.test(r.name.trim())) return null;
    if (ALL_OF_US.test(r.name.trim())) return ALL_OF_US_KEY;
    const name = looseText(r.name).slice(0, 120);
    if (r.shortName) return `s:${looseText(r.shortName)}`;
    if (!name) return null;
    return this.byName.get(name) ?? `n:${name}`;
  }
}
