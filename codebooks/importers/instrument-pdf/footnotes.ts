// Footnote numbers printed as superscripts after a question ("...in your life?¹˒²", "¹⁻³"):
// they point into the Sources section at the end of the English instruments.
import type { PdfLine } from '../../read/pdf-text';

const NUMBERS = /^[\d\s,&–—\-]+$/;

/** Parses "1, 2", "1–3", "2,4", "1 & 3" into [1, 2], [1, 2, 3], [2, 4], [1, 3]. */
export function parseFootnoteNumbers(s: string): number[] {
  const out: number[] = [];
  for (const part of s.split(/[,&]/)) {
    const p = part.trim();
    if (!p) continue;
    const range = /^(\d+)\s*[–—-]\s*(\d+)$/.exec(p);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      for (let n = a; n <= b && b - a < 50; n++) out.push(n);
    } else if (/^\d+$/.test(p)) out.push(Number(p));
  }
  return out;
}

export interface StrippedText {
  text: string;
  footnotes: number[];
}

/**
 * Joins the lines of a paragraph, taking numeric superscripts out of the wording and returning
 * them as footnote numbers (in the order printed, without repeats).
 */
export function stripFootnotes(lines: PdfLine[]): StrippedText {
  const footnotes: number[] = [];
  const parts: string[] = [];
  const take = (run: string) => {
    for (const n of parseFootnoteNumbers(run)) if (!footnotes.includes(n)) footnotes.push(n);
  };
  for (const line of lines) {
    let text = '';
    let end = -Infinity;
    // A number printed as several touching superscript items ("1" "4") is one footnote, 14.
    let run = '';
    let runEnd = -Infinity;
    for (const s of line.spans) {
      // "1 & 3": the ampersand between two superscript numbers is part of the run.
      if (s.sup && NUMBERS.test(s.text) && (/\d/.test(s.text) || run !== '')) {
        if (run && s.x - runEnd > 0.15 * s.size) (take(run), (run = ''));
        run += s.text;
        runEnd = s.x + s.width;
        continue;
      }
      if (run) (take(run), (run = ''));
      if (text && s.x - end > 0.15 * s.size && !/\s$/.test(text) && !/^\s/.test(s.text)) text += ' ';
      text += s.text;
      end = s.x + s.width;
    }
    if (run) take(run);
    parts.push(text.trim());
  }
  return { text: joinWrapped(parts), footnotes };
}

/** Joins wrapped lines with a space, except after a hyphen that ends a word part ("non-" + "medical"). */
export function joinWrapped(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    out += out && !/[-/]$/.test(out) ? ' ' + p : p;
  }
  return out.replace(/\s+/g, ' ').trim();
}
