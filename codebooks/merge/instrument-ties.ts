// Sources entries that name one instrument differently, tied by what the PDFs themselves print:
// 1. A Spanish PDF numbers its Sources list as its English counterpart does, and often gives the
//    scale's name where the English gives the paper ("5. UCLA Loneliness Scale" beside "5. Hays RD,
//    DiMatteo MR. A short-form measure of loneliness…"). Entries with the same number and section
//    are one instrument when they also share a distinctive word (so a renumbered list ties nothing).
//    The counterpart is the English PDF of the same module whose list agrees on the most entries.
// 2. An entry's "Brief Description of Source" that opens by naming the instrument ("The Everyday
//    Discrimination Scale was developed…") ties the citation to the entry printed under that name.
// 3. One question, worded alike in a workgroup sheet and a published PDF, whose sheet names a
//    shortening of the name the PDF's footnote cites ("UK Bio", "UK Biobank"). The sheet's wording
//    may run on with the workgroup's remarks, so it needs only to start with the printed question.
// 4. A long name whose every distinctive word is in another's ("WHO WMH-CIDI – The World Health
//    Organization World Mental Health Composite International Diagnostic Interview" and "The World
//    Mental Health (WMH) Survey Initiative Version of the … (CIDI)"): at least six words.
import type { InstrumentRecord, PrintedQuestionRecord } from '../model/records';
import { aliasForm } from './instrument-keys';

export interface InstrumentTie {
  a: InstrumentRecord;
  b: InstrumentRecord;
  /** Where the raw files say so, in words (file, page, entry). */
  evidence: string;
}

/** Words that say what kind of thing a source is, not which one. */
const GENERIC = new Set(
  'the and for from with also scale survey study studies questionnaire instrument tool health national test covid form short measure version model available inc'.split(' '),
);

const file = (r: InstrumentRecord) => r.prov.source.replace(/^pdf:/, '');
const where = (r: InstrumentRecord) => `${file(r)}${r.prov.at ? `, ${r.prov.at}` : ''}, Sources entry ${r.number}`;

/** Distinctive words of a text: lower case, no accents, plural "s" dropped, generic words left out. */
export function distinctiveWords(text: string): Set<string> {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/.test(w));
  return new Set(words);
}

function shared(spanish: InstrumentRecord, english: InstrumentRecord): string[] {
  const en = distinctiveWords([english.name, english.citation ?? '', english.description ?? ''].join(' '));
  return [...distinctiveWords(spanish.name)].filter((w) => en.has(w));
}

/** The instrument an entry's description opens by naming: "The X was developed…" → "X". */
export function describedName(description: string | null | undefined): string | null {
  const first = description?.split(/(?<=[a-z)])\.\s/)[0] ?? '';
  const m = /^(?:The|An?)\s+(.+?)\s+(?:is|was|are|were)\s/.exec(first);
  if (!m || m[1]!.split(/\s+/).length > 10) return null;
  return m[1]!;
}

export function instrumentTies(records: InstrumentRecord[], languageOf: Map<string, 'en' | 'es'>, printed: PrintedQuestionRecord[] = []): { ties: InstrumentTie[]; notes: string[] } {
  const ties: InstrumentTie[] = [];
  const notes: string[] = [];
  const bySource = new Map<string, InstrumentRecord[]>();
  for (const r of records) {
    if (r.number == null || !languageOf.has(r.prov.source)) continue;
    bySource.set(r.prov.source, [...(bySource.get(r.prov.source) ?? []), r]);
  }
  const english = [...bySource].filter(([s]) => languageOf.get(s) === 'en');
  const entryKey = (r: InstrumentRecord) => `${r.section ?? ''}#${r.number}`;
  for (const [source, list] of bySource) {
    if (languageOf.get(source) !== 'es') continue;
    let best: { pairs: [InstrumentRecord, InstrumentRecord, string[]][]; unsure: string[] } | null = null;
    for (const [, enList] of english.filter(([, l]) => l[0]!.module === list[0]!.module)) {
      const byNumber = new Map(enList.map((r) => [entryKey(r), r]));
      const pairs: [InstrumentRecord, InstrumentRecord, string[]][] = [];
      const unsure: string[] = [];
      for (const es of list) {
        const en = byNumber.get(entryKey(es));
        if (!en) continue;
        const words = shared(es, en);
        if (words.length) pairs.push([es, en, words]);
        else unsure.push(`"${es.name}" (${where(es)}) and "${en.name}" (${where(en)})`);
      }
      if (!best || pairs.length > best.pairs.length) best = { pairs, unsure };
    }
    // Most entries must agree, or the two lists are not numbered alike.
    if (!best || best.pairs.length * 2 < list.length) continue;
    for (const [es, en, words] of best.pairs) {
      if (aliasForm(es.name) === aliasForm(en.name)) continue;
      ties.push({ a: en, b: es, evidence: `${where(es)} and ${where(en)}: the same entry of the Spanish and English instrument (both name ${words.map((w) => `"${w}"`).join(', ')})` });
    }
    for (const u of best.unsure) notes.push(`Sources entries ${u} share a number but no distinctive word: not taken as one instrument`);
  }
  const byForm = new Map<string, InstrumentRecord>();
  for (const r of records) if (!byForm.has(aliasForm(r.name))) byForm.set(aliasForm(r.name), r);
  for (const r of records) {
    const named = describedName(r.description);
    if (!named || r.number == null) continue;
    const other = byForm.get(aliasForm(named)) ?? byForm.get(aliasForm(named.replace(/\s*\([^)]*\)\s*$/, '')));
    if (!other || aliasForm(other.name) === aliasForm(r.name)) continue;
    ties.push({ a: r, b: other, evidence: `${where(r)}: its Brief Description of Source names it "${named}", the name ${where(other)} gives` });
  }
  ties.push(...shortenedNames(records, printed), ...spelledOut(records));
  return { ties, notes };
}

const MIN_SPELLED = 6;

function spelledOut(records: InstrumentRecord[]): InstrumentTie[] {
  const byName = new Map<string, InstrumentRecord>();
  for (const r of records) if (!byName.has(aliasForm(r.name))) byName.set(aliasForm(r.name), r);
  const named = [...byName.values()].map((r) => ({ r, words: distinctiveWords(r.name) }));
  const ties: InstrumentTie[] = [];
  for (const a of named) {
    if (a.words.size < MIN_SPELLED) continue;
    for (const b of named) {
      if (a === b || (b.words.size === a.words.size && b.r.name < a.r.name)) continue;
      if ([...a.words].every((w) => b.words.has(w))) {
        ties.push({ a: b.r, b: a.r, evidence: `every word of "${a.r.name}" (${a.r.prov.source}) is in "${b.r.name}" (${b.r.prov.source})` });
      }
    }
  }
  return ties;
}

const loose = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '');

function shortenedNames(records: InstrumentRecord[], printed: PrintedQuestionRecord[]): InstrumentTie[] {
  const cited = new Map<string, InstrumentRecord>();
  for (const r of records) if (r.number != null) cited.set(`${r.prov.source}|${r.section ?? ''}|${r.number}`, r);
  const named = new Map<string, InstrumentRecord>();
  for (const r of records) if (r.number == null) named.set(`${r.prov.source}|${loose(r.name)}`, r);
  const footnoted = new Map<string, { q: PrintedQuestionRecord; r: InstrumentRecord }[]>();
  for (const q of printed) {
    if (q.language !== 'en' || q.text.split(/\s+/).length < 4) continue;
    for (const n of q.footnotes) {
      const r = cited.get(`${q.prov.source}|${q.section ?? ''}|${n}`);
      if (r) footnoted.set(loose(q.text), [...(footnoted.get(loose(q.text)) ?? []), { q, r }]);
    }
  }
  const ties: InstrumentTie[] = [];
  for (const q of printed) {
    const text = q.sourceNames?.length ? loose(q.text) : '';
    for (const name of q.sourceNames ?? []) {
      const short = named.get(`${q.prov.source}|${loose(name)}`);
      if (!short || loose(name).length < 5) continue;
      // The sheet's wording may run on with the workgroup's remarks ("…address? Add less than 1 year…").
      const same = [...footnoted].filter(([t]) => text.startsWith(t)).flatMap(([, l]) => l);
      for (const { q: p, r } of same) {
        const long = loose(r.name);
        if (long === loose(name) || !long.startsWith(loose(name))) continue;
        ties.push({ a: r, b: short, evidence: `"${p.text}" is sourced "${name}" in ${q.prov.source} (${q.prov.at ?? ''}) and footnoted "${r.name}" in ${where(r)} (printed on page ${p.page ?? '?'})` });
      }
    }
  }
  return ties;
}
