// The "Sources" / "Source Information" section at the end of an English instrument: numbered
// citations, each with "a. Year of Original Source: ..." and "b. Brief Description of Source: ...".
import type { InstrumentRecord } from '../../model/records';
import type { Line } from './classify';

interface Entry {
  number: number;
  page: number;
  main: string[];
  subs: string[][];
}

const NUMBERED = /^(\d{1,2})\.\s+/;
const SUB = /^([a-z]|\d{1,2})\.\s+/;

/** Parses the lines after a Sources heading (running headers already removed). */
export function parseSources(lines: Line[], module: string, source: string, section: string | null = null): { instruments: InstrumentRecord[]; notes: string[] } {
  const numbered = lines.filter((l) => NUMBERED.test(l.text));
  if (numbered.length === 0) return { instruments: [], notes: [] };
  const entryX = Math.min(...numbered.map((l) => l.x));
  const entries: Entry[] = [];
  for (const l of lines) {
    const cur = entries[entries.length - 1];
    const m = NUMBERED.exec(l.text);
    if (m && Math.abs(l.x - entryX) <= 4) {
      entries.push({ number: Number(m[1]), page: l.page, main: [l.text.slice(m[0].length)], subs: [] });
    } else if (!cur) {
      continue;
    } else if (SUB.test(l.text) && l.x > entryX + 8) {
      cur.subs.push([l.text.replace(SUB, '')]);
    } else if (cur.subs.length) {
      cur.subs[cur.subs.length - 1]!.push(l.text);
    } else {
      cur.main.push(l.text);
    }
  }
  const notes: string[] = [];
  const seen = new Set<number>();
  const instruments: InstrumentRecord[] = [];
  for (const e of entries) {
    if (seen.has(e.number)) notes.push(`Sources entry ${e.number} (page ${e.page}) repeats a number used earlier in the section`);
    seen.add(e.number);
    instruments.push({ ...toInstrument(e, module, source), section });
  }
  return { instruments, notes };
}

function toInstrument(e: Entry, module: string, source: string): InstrumentRecord {
  const citation = joinCitation(e.main);
  const subs = e.subs.map(joinCitation);
  const yearText = labelled(subs, /^Year of Original Source\s*:\s*/i);
  let description = labelled(subs, /^Brief Description of Source\s*:\s*/i);
  // One section numbers its parts "1." and "2." and leaves the description unlabelled.
  if (description === null) description = subs.find((s) => !/^Year of Original Source/i.test(s)) ?? null;
  if (description && /^Not Applicable\.?$/i.test(description)) description = null;
  const name = instrumentName(citation);
  const described = acronym(name) === null && description ? acronym(description) : null;
  return {
    module,
    number: e.number,
    name,
    shortName: acronym(name) ?? described,
    ...(described ? { shortNameDescribed: true } : {}),
    organization: organization(citation),
    url: /https?:\/\/\S+/.exec(citation)?.[0].replace(/[.,;)]+$/, '') ?? null,
    year: yearText && /\b\d{4}\b/.test(yearText) ? yearText : null,
    description,
    citation,
    prov: { source, at: `page ${e.page}` },
  };
}

function labelled(subs: string[], label: RegExp): string | null {
  const s = subs.find((x) => label.test(x));
  return s === undefined ? null : s.replace(label, '').trim() || null;
}

/** Joins wrapped citation lines; a URL broken over lines is joined without a space. */
export function joinCitation(parts: string[]): string {
  let out = '';
  for (const p of parts.map((x) => x.trim()).filter(Boolean)) {
    const lastToken = out.split(' ').pop() ?? '';
    const inUrl = /^https?:\/\//.test(lastToken) && /^[a-z0-9]/.test(p);
    out += !out || inUrl || /[a-z]-$/.test(out) ? p : ' ' + p;
  }
  return out.replace(/\s+/g, ' ').trim();
}

// "Bults M, Beaujean DJMA, de Zwart O, …, et al"; "Williams DR, Yan Yu, Jackson JS, Anderson NB" (a given name
// printed whole, in a list of at least three).
const AUTHORS = /^(?:[a-z]+ )*[A-Z][\p{L}'’-]+ [A-Z]{1,4}(, (?:[a-z]+ )*[A-Z][\p{L}'’-]+ [A-Z]{1,4})*(, et al)?$/u;
const AUTHORS_LOOSE = /^[A-Z][\p{L}'’-]+ [A-Z][\p{L}]{0,3}(, [A-Z][\p{L}'’-]+ [A-Z][\p{L}]{0,3}){2,}(, et al)?$/u;
// "Weiss, D. S., Marmar, C. R. The Impact of Event Scale—Revised. In: …"
const APA_AUTHORS = /^([A-Z][\p{L}'’-]+, (?:[A-Z]\.\s?)+,?\s*)+(?=[A-Z][a-z])/u;

/** The instrument's name: the first sentence of the citation, or the title after an author list. */
function instrumentName(citation: string): string {
  const apa = APA_AUTHORS.exec(citation);
  const parts = citation.slice(apa ? apa[0].length : 0).split(/(?<![A-Z]\.[A-Z])\.\s+/);
  const first = parts[0]!.trim();
  const name = (AUTHORS.test(first) || AUTHORS_LOOSE.test(first)) && parts[1] ? parts[1] : first;
  return name.replace(/^Instrument:\s*/i, '').replace(/\.$/, '').trim();
}

function acronym(s: string): string | null {
  const m = /\(([A-Za-z0-9-]*[A-Z]{2,}[A-Za-z0-9.-]*)\)/.exec(s);
  return m ? m[1]! : null;
}

function organization(citation: string): string | null {
  const beforeUrl = citation.split(/Available from/i)[0]!;
  const m = /(?:^|\.\s+)[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*,? (?:[A-Z]{2}|D\.C\.|DC|UK):\s*(.+?)\.?\s*(?:\d{4}\.?\s*|\[[^\]]*\]\.?\s*)*$/.exec(beforeUrl.trim());
  return m ? m[1]!.trim() : null;
}
