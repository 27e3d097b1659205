// A Sources entry whose name has no acronym takes the one its description gives, and that short
// name joins it to every entry printing it. Social Factors of Health's entry 3 cites the
// International Prevalence Study paper ("Year of Original Source: 2009"; the Spanish list:
// "PANES International Prevalence Study (IPS) on Physical Activity") and describes the IPAQ
// ("The International Physical Activity Questionnaire (IPAQ) was developed…"); COPE's entry 17 is
// the IPAQ (its Spanish list: "International Physical Activity Questionnaires (IPAQ)"), cited by
// its own 2003 paper. Joined, COPE's IPAQ questions named the 2009 study.
//
// A described short name is kept only where the entries printing it in their name, and the
// entries the PDFs tie to those, give no year other than the entry's own; where they do, the
// entry keeps no tie to them either (its description naming theirs is the same claim).
import type { InstrumentRecord, PrintedQuestionRecord } from '../model/records';
import { instrumentTies, type InstrumentTie } from './instrument-ties';

const loose = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
/** "2003", or the first year of "2003 (revised 2010)". */
const yearOf = (r: InstrumentRecord) => (r.year ? (/\b\d{4}\b/.exec(r.year)?.[0] ?? null) : null);

export function checkDescribedShortNames(records: InstrumentRecord[], ties: InstrumentTie[]): { records: InstrumentRecord[]; ties: InstrumentTie[]; notes: string[] } {
  const partners = new Map<InstrumentRecord, InstrumentRecord[]>();
  for (const t of ties) {
    partners.set(t.a, [...(partners.get(t.a) ?? []), t.b]);
    partners.set(t.b, [...(partners.get(t.b) ?? []), t.a]);
  }
  const printing = new Map<string, InstrumentRecord[]>();
  for (const r of records) if (r.shortName && !r.shortNameDescribed) printing.set(loose(r.shortName), [...(printing.get(loose(r.shortName)) ?? []), r]);
  const replaced = new Map<InstrumentRecord, InstrumentRecord>();
  /** Ties to cut: the entry and those citing the short name (its description's own tie, "names it"). */
  const cut = new Set<string>();
  const pair = (a: InstrumentRecord, b: InstrumentRecord) => [a, b].map((x) => `${x.prov.source}|${x.prov.at}|${x.number}|${x.name}`).sort().join('~');
  const notes: string[] = [];
  for (const r of records) {
    const year = yearOf(r);
    if (!r.shortNameDescribed || !r.shortName || !year) continue;
    const holders = printing.get(loose(r.shortName)) ?? [];
    const group = new Set(holders.flatMap((h) => [h, ...(partners.get(h) ?? [])]));
    group.delete(r);
    const years = new Set([...group].map(yearOf).filter((y): y is string => !!y));
    if (years.size === 0 || years.has(year)) continue;
    for (const x of group) cut.add(pair(r, x));
    replaced.set(r, { ...r, shortName: null, shortNameDescribed: false });
    notes.push(`${r.prov.source} (${r.prov.at ?? ''}) Sources entry ${r.number}: its description names ${r.shortName}, but the entries citing ${r.shortName} give ${[...years].join(', ')}, this one ${year}: not joined to them`);
  }
  if (replaced.size === 0) return { records, ties, notes };
  const to = (r: InstrumentRecord) => replaced.get(r) ?? r;
  const kept = ties.filter((t) => !cut.has(pair(t.a, t.b)));
  return { records: records.map(to), ties: kept.map((t) => ({ ...t, a: to(t.a), b: to(t.b) })), notes };
}

/** The PDFs' ties between Sources entries (instrument-ties.ts), then the check above. */
export function checkedInstrumentTies(records: InstrumentRecord[], languageOf: Map<string, 'en' | 'es'>, printed: PrintedQuestionRecord[]) {
  const all = instrumentTies(records, languageOf, printed);
  const checked = checkDescribedShortNames(records, all.ties);
  return { ...checked, notes: [...all.notes, ...checked.notes] };
}
