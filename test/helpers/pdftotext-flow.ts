// An independent reader of the instrument PDFs for tests: poppler's `pdftotext` (not pdf.js, not
// the importers). Each page's lines become one flow of words, without the running header and the
// page number, so a sentence wrapped over lines or pages reads whole; each line keeps its indent,
// so a wrapped line (same indent) is told from an answer under it (indented further).
import { execFileSync } from 'node:child_process';

/** `layout` keeps the printed rows and indents; `raw` follows the content stream (columns one after another). */
export type FlowMode = 'raw' | 'layout';

interface PdfLine {
  text: string;
  indent: number;
}

const cache = new Map<string, PdfLine[][]>();

/** Each page's lines (page i at index i - 1), running header and page number removed. */
export function pdfPages(file: string, mode: FlowMode = 'layout'): PdfLine[][] {
  const key = `${mode}|${file}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const args = mode === 'layout' ? ['-layout', file, '-'] : [file, '-'];
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = text.split('\f').map((p) =>
    p
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => ({ text: l.trim(), indent: l.length - l.trimStart().length })),
  );
  // One of a page's first three lines printed on at least half the pages (at least 3) is the
  // running header ("● Yo" repeats on most pages of a grid too, but not at their top).
  const seen = new Map<string, number>();
  for (const p of pages) for (const l of new Set(p.slice(0, 3).map((l) => l.text))) seen.set(l, (seen.get(l) ?? 0) + 1);
  const header = new Set([...seen].filter(([, n]) => n >= Math.max(3, pages.length / 2)).map(([l]) => l));
  const clean = pages.map((p) => p.filter((l, i) => !(i < 3 && header.has(l.text)) && !(i === p.length - 1 && /^\d{1,3}$/.test(l.text))));
  cache.set(key, clean);
  return clean;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Flow {
  text: string;
  /** Offset in `text` where each line starts, and its indent. */
  starts: number[];
  indents: number[];
}

const flows = new Map<string, Flow>();

/** Pages `from`..`to` (1-based, inclusive) as one line of text. */
export function flow(file: string, from: number, to: number, mode: FlowMode = 'layout'): Flow {
  const key = `${mode}|${from}|${to}|${file}`;
  let f = flows.get(key);
  if (!f) flows.set(key, (f = makeFlow(file, from, to, mode)));
  return f;
}

function makeFlow(file: string, from: number, to: number, mode: FlowMode): Flow {
  const lines = pdfPages(file, mode).slice(from - 1, to).flat();
  const out: Flow = { text: '', starts: [], indents: [] };
  for (const l of lines) {
    // A word broken at a hyphen at the end of a line ("COVID-" / "19") is one word.
    if (out.text && !/\S-$/.test(out.text)) out.text += ' ';
    out.starts.push(out.text.length);
    out.indents.push(l.indent);
    out.text += squash(l.text);
  }
  return out;
}

export interface Reading {
  /** Where the text was found in the flow (-1: not printed there). */
  at: number;
  /** The printed words right after it, footnote number skipped (up to 40 characters). */
  after: string;
  /** Those words start a new printed line, indented by this much more than the text's last line (null: same line). */
  nextIndent: number | null;
  mode: FlowMode;
}

const NOT_FOUND = (mode: FlowMode): Reading => ({ at: -1, after: '', nextIndent: null, mode });

/**
 * Finds `text` as printed on `page` (or, with `spill`, on the page after too: an option list goes
 * on over the page) and reads what follows it. Of several places, a whole one wins.
 */
export function readAround(file: string, page: number, text: string, mode: FlowMode = 'layout', spill = false): Reading {
  const here = flow(file, page, page, mode).text.length;
  const f = flow(file, page, page + 1, mode);
  const t = squash(text);
  const limit = spill ? f.text.length : here;
  let first: Reading | null = null;
  for (let at = f.text.indexOf(t); at >= 0 && at < limit; at = f.text.indexOf(t, at + 1)) {
    // Whole words only ("No" is not the start of "No muy bien").
    if (at > 0 && /[\p{L}\d]/u.test(f.text[at - 1]!)) continue;
    let end = at + t.length;
    // A footnote number printed right after the question ("alcohólico?7").
    if (/[^\s\d]$/.test(t)) end += /^\d{1,2}(?=\s|$)/.exec(f.text.slice(end))?.[0].length ?? 0;
    if (/^\p{L}/u.test(f.text.slice(end))) continue;
    const rest = f.text.slice(end).trimStart();
    const next = f.starts.indexOf(f.text.length - rest.length);
    const last = lineAt(f, end - 1);
    const reading: Reading = { at, after: rest.slice(0, 40), nextIndent: next >= 0 ? f.indents[next]! - f.indents[last]! : null, mode };
    if (!isCut(reading)) return reading;
    first ??= reading;
  }
  return first ?? NOT_FOUND(mode);
}

function lineAt(f: Flow, offset: number): number {
  let i = 0;
  while (i + 1 < f.starts.length && f.starts[i + 1]! <= offset) i++;
  return i;
}

/**
 * The stored text stops inside a sentence the PDF prints on: the next printed word goes on in
 * lower case, on the same line or on the next line at no deeper indent. Some instruments print
 * the letter "o" as the answers' bullet: an answer sits deeper ("o cigarrillos por día") or
 * starts with a capital, an ID or a number ("o No sé", "o PPI1586160.").
 */
export function isCut(r: Reading): boolean {
  if (!/^\p{Ll}/u.test(r.after)) return false;
  if (r.nextIndent !== null && r.nextIndent > 1) return false;
  return r.nextIndent === null || !/^o\s+(\p{Lu}|PPI|\d|_)/u.test(r.after);
}

/** Reads `text` from the page's printed rows, else from its content stream (a page of two columns). */
export function readPrinted(file: string, page: number, text: string, spill = false): Reading {
  const r = readAround(file, page, text, 'layout', spill);
  return r.at >= 0 ? r : readAround(file, page, text, 'raw', spill);
}

/**
 * A question as printed on `page` (or the page after): the line where it starts and the lines that
 * wrap it (same indent, no bullet, no help text), up to its footnote number, dropped. `start` is
 * the start of the whole question, so it may reach past a stem many questions share.
 */
export function printedQuestion(file: string, page: number, start: string): string {
  const lines = pdfPages(file, 'layout').slice(page - 1, page + 1).flat();
  for (let at = 0; at < lines.length; at++) {
    if (!start.startsWith(lines[at]!.text.slice(0, 20)) && !lines[at]!.text.startsWith(start)) continue;
    let text = '';
    for (const l of lines.slice(at)) {
      if (text && (Math.abs(l.indent - lines[at]!.indent) > 1 || /^[●○❏•]|^\(Help Text|^\[|^Branching/i.test(l.text))) break;
      text += (text && !/\S-$/.test(text) ? ' ' : '') + l.text;
      if (/[^\d\s]\d{1,2}$/.test(l.text)) break; // the footnote number closes the question
    }
    text = text.replace(/([^\d\s])\d{1,2}$/, '$1');
    if (text.startsWith(start)) return text;
  }
  throw new Error(`no question starting "${start}" on page ${page} of ${file}`);
}
