// Text lines of a PDF with their position and size, so importers can see layout: indentation
// (nesting of branching questions) and superscripts (footnote numbers after a question).
import { readFileSync } from 'node:fs';
import { SourceError } from '../errors';
import type { PageRun } from '../model/records';
import { readPdfPages, type RawPdfItem } from './pdf-pool';

/** A run of text inside a line; `sup` when it is smaller than the line and raised or not. */
export interface PdfSpan {
  text: string;
  x: number;
  width: number;
  size: number;
  sup: boolean;
}

export interface PdfLine {
  /** 1-based page number. */
  page: number;
  /** Left edge of the first non-blank span, in points from the page's left edge. */
  x: number;
  /** Baseline, in points from the top of the page (grows downwards). */
  y: number;
  /** Font size of the line's main text (the largest span). */
  size: number;
  text: string;
  spans: PdfSpan[];
}

export interface PdfText {
  pages: number;
  lines: PdfLine[];
}

type RawItem = RawPdfItem;


/** Reads every page of a PDF file into lines, top to bottom. Corrupt or empty files are a SourceError. */
export async function readPdfText(path: string, displayName: string): Promise<PdfText> {
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new SourceError(displayName, 'byte 0', 'content', 'the file is empty');
  return parsePdfText(new Uint8Array(bytes), displayName);
}

export async function parsePdfText(data: Uint8Array, displayName: string): Promise<PdfText> {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    throw new SourceError(displayName, 'byte 0', 'header', 'not a PDF file (no %PDF- header)');
  }
  // pdf.js quietly rebuilds a cut-off file; a PDF that does not end in %%EOF is truncated.
  const tail = new TextDecoder('latin1').decode(data.subarray(Math.max(0, data.length - 2048)));
  if (!tail.includes('%%EOF')) {
    throw new SourceError(displayName, `byte ${data.length}`, 'trailer', 'the file is truncated (no %%EOF at its end)');
  }
  const read = await readPdfPages(data);
  if (!read.ok) {
    const doc = read.where === 'document';
    throw new SourceError(
      displayName,
      read.where,
      doc ? 'structure' : 'content',
      doc ? `cannot be read as a PDF (is it truncated or corrupt?): ${read.message}` : `cannot be read (is the file truncated or corrupt?): ${read.message}`,
    );
  }
  const lines: PdfLine[] = [];
  read.pages.forEach((items, i) => lines.push(...groupLines(items, i + 1)));
  return { pages: read.pages.length, lines };
}

/** Groups items into lines by baseline; raised small items (superscripts) join the line below them. */
export function groupLines(items: RawItem[], page: number): PdfLine[] {
  const sorted = [...items].filter((i) => i.str.trim() !== '' || i.width > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Group[] = [];
  for (const it of sorted) {
    const g = groups.find((g) => {
      const tol = Math.max(1.5, 0.45 * Math.max(g.items[0]!.size, it.size));
      return Math.abs(g.base - it.y) <= tol;
    });
    if (g) add(g, it);
    else groups.push({ items: [it], max: it.size, base: it.y });
  }
  const lines: PdfLine[] = [];
  for (const { items: g } of groups) {
    g.sort((a, b) => a.x - b.x);
    const size = Math.max(...g.map((i) => i.size));
    const y = lineBaseline(g);
    const spans: PdfSpan[] = g.map((i) => ({
      text: i.str,
      x: i.x,
      width: i.width,
      size: i.size,
      sup: i.size < 0.85 * size && y - i.y > 0.15 * size,
    }));
    const text = joinSpans(g).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const first = g.find((i) => i.str.trim() !== '')!;
    lines.push({ page, x: first.x, y, size, text, spans });
  }
  return lines.sort((a, b) => a.y - b.y);
}

/** A line being gathered: its items, their largest size and its baseline (see lineBaseline). */
interface Group {
  items: RawItem[];
  max: number;
  base: number;
}

function add(g: Group, it: RawItem): void {
  g.items.push(it);
  if (it.size > g.max) {
    g.max = it.size;
    g.base = lineBaseline(g.items);
  } else if (it.size >= 0.85 * g.max) g.base = Math.max(g.base, it.y);
}

/** Baseline of the largest items in a group (superscripts sit higher). */
function lineBaseline(g: RawItem[]): number {
  const max = Math.max(...g.map((i) => i.size));
  const main = g.filter((i) => i.size >= 0.85 * max);
  return Math.max(...main.map((i) => i.y));
}

/**
 * Each page's runs without superscripts (a footnote number glued to a word must not break it),
 * line by line, with a word break after a line's end or a gap: the text "Show in PDF" highlights
 * is looked for in them (codebooks/write/highlight-boxes.ts).
 */
export function pageRuns(lines: PdfLine[], pages: number): PageRun[][] {
  const out: PageRun[][] = Array.from({ length: pages }, () => []);
  for (const l of lines) {
    const spans = l.spans.filter((s) => !s.sup && s.text !== '');
    spans.forEach((s, i) => {
      const next = spans[i + 1];
      const gap = !next || (next.x - (s.x + s.width) > 0.15 * s.size && !/\s$/.test(s.text) && !/^\s/.test(next.text));
      out[l.page - 1]?.push({ str: s.text, x: s.x, y: l.y, size: s.size, width: s.width, eol: gap });
    });
  }
  return out;
}

function joinSpans(g: RawItem[]): string {
  let out = '';
  let end = -Infinity;
  for (const i of g) {
    const gap = i.x - end;
    if (out && gap > 0.15 * i.size && !/\s$/.test(out) && !/^\s/.test(i.str)) out += ' ';
    out += i.str;
    end = i.x + i.width;
  }
  return out;
}
