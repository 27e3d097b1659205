// Importer for the official instrument PDFs (format `instrument-pdf`): one DocumentRecord per
// file, the printed questions with their footnotes, original wording, branching prose and answer
// labels, and the instruments cited in the Sources section.
import { SourceError } from '../../errors';
import { emptyResult, type ImportResult, type Lang } from '../../model/records';
import { pageRuns, readPdfText, type PdfLine } from '../../read/pdf-text';
import type { Importer, SourceFile } from '../types';
import { buildBlocks } from './blocks';
import { splitUnboxedAnswers } from './unboxed-answers';
import { classifyLines, type Line } from './classify';
import { findQuestions } from './questions';
import { parseSources } from './sources';

export const importInstrumentPdf: Importer = async (file: SourceFile): Promise<ImportResult> => {
  const { module, language } = file.entry;
  if (!module) throw new SourceError(file.name, null, 'module', 'the manifest entry names no module');
  if (language !== 'en' && language !== 'es') {
    throw new SourceError(file.name, null, 'language', 'the manifest entry names no language (en or es)');
  }
  const pdf = await readPdfText(file.path, file.name);
  const result = emptyResult();
  const source = file.entry.id;
  const lines = classifyLines(withPageOffsets(pdf.lines), pdf.pages);
  if (lines.every((l) => l.kind === 'chrome')) {
    throw new SourceError(file.name, 'page 1', null, 'the PDF has no text (is it a scanned image?)');
  }

  result.documents.push({
    module,
    language: language as Lang,
    edition: file.entry.edition ?? null,
    title: title(lines),
    pages: pdf.pages,
    pageTexts: pageTexts(pdf.lines, pdf.pages),
    pageRuns: pageRuns(pdf.lines, pdf.pages),
    prov: { source, at: 'page 1' },
  });

  let sources = 0;
  const segs = segments(lines);
  const blocks = splitUnboxedAnswers(segs.map((seg) => buildBlocks(seg.body)));
  for (const [i, seg] of segs.entries()) {
    const found = findQuestions(blocks[i]!, {
      module,
      language,
      source,
      bodySize: bodySize(seg.body),
      section: seg.section,
      firstSequence: result.printed.length + 1,
    });
    result.printed.push(...found.printed);
    result.notes.push(...found.notes.map((n) => `${file.name}: ${n}`));
    if (seg.sources.length === 0) continue;
    sources++;
    const parsed = parseSources(seg.sources, module, source, seg.section);
    result.instruments.push(...parsed.instruments);
    result.notes.push(...parsed.notes.map((n) => `${file.name}: ${n}`));
  }
  if (language === 'en' && sources === 0) result.notes.push(`${file.name}: no Sources section`);
  return result;
};

interface Segment {
  section: string | null;
  body: Line[];
  sources: Line[];
}

/**
 * Splits the document at "Sources" headings. An appendix after the Sources (The Basics prints
 * the Life Functioning survey there) is a new part with its own questions and its own Sources.
 */
function segments(lines: Line[]): Segment[] {
  const out: Segment[] = [{ section: null, body: [], sources: [] }];
  let inSources = false;
  for (const l of lines) {
    if (l.kind === 'chrome') continue;
    const cur = out[out.length - 1]!;
    if (l.kind === 'sources') inSources = true;
    else if (inSources && l.kind === 'plain' && /^(Appendix|Ap[eé]ndice)\b/i.test(l.text)) {
      out.push({ section: l.text, body: [], sources: [] });
      inSources = false;
    } else (inSources ? cur.sources : cur.body).push(l);
  }
  return out;
}

/** Each page's text without superscripts: a footnote number glued to a word ("vacuna2") must not change the word. */
function pageTexts(lines: PdfLine[], pages: number): string[] {
  const out: string[][] = Array.from({ length: pages }, () => []);
  for (const l of lines) {
    let text = '';
    let end = -Infinity;
    for (const s of l.spans) {
      if (s.sup) continue;
      if (text && s.x - end > 0.15 * s.size && !/\s$/.test(text)) text += ' ';
      text += s.text;
      end = s.x + s.width;
    }
    out[l.page - 1]?.push(text);
  }
  return out.map((p) => p.join('\n'));
}

/** The largest text on the first page, below the running header. */
function title(lines: Line[]): string | null {
  const first = lines.filter((l) => l.page === 1 && l.kind !== 'chrome');
  if (!first.length) return null;
  const max = Math.max(...first.map((l) => l.size));
  const heading = first.filter((l) => l.size >= max - 0.5);
  return heading.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim() || null;
}

/** The most common font size of the body text. */
function bodySize(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.kind !== 'chrome') counts.set(Math.round(l.size), (counts.get(Math.round(l.size)) ?? 0) + 1);
  let best = 12;
  let n = 0;
  for (const [size, c] of counts) if (c > n) [best, n] = [size, c];
  return best;
}

/**
 * Some PDFs shift whole pages sideways (the running header moves with them); measuring indents
 * from the header keeps nesting comparable across pages.
 */
function withPageOffsets(lines: PdfLine[]): PdfLine[] {
  const headerX = new Map<number, number>();
  for (const l of lines) {
    if (/^(All of Us|AoU)\b.*Research Program$/i.test(l.text) && !headerX.has(l.page)) headerX.set(l.page, l.x);
  }
  if (headerX.size === 0) return lines;
  const xs = [...headerX.values()].sort((a, b) => a - b);
  const usual = xs[Math.floor(xs.length / 2)]!;
  return lines.map((l) => {
    const dx = (headerX.get(l.page) ?? usual) - usual;
    return dx === 0 ? l : { ...l, x: l.x - dx, spans: l.spans.map((s) => ({ ...s, x: s.x - dx })) };
  });
}
