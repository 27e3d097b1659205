// Where poppler's `pdftotext` places each printed line (page, top and left in points, words), for
// tests that check a highlight's box against the page without pdf.js or the build's reader.
import { execFileSync } from 'node:child_process';

export interface BoxedLine {
  page: number;
  /** Top of the line's glyphs, points down from the page's top edge. */
  top: number;
  left: number;
  text: string;
  /** The line's words with their left and right edges. */
  words: { text: string; left: number; right: number }[];
}

const cache = new Map<string, BoxedLine[]>();

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

/** Every line of the file in reading order, page by page. */
export function boxedLines(file: string): BoxedLine[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const xml = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const out: BoxedLine[] = [];
  xml.split('<page ').slice(1).forEach((page, i) => {
    for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
      const words = [...m[3]!.matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((w) => ({ text: unescape(w[3]!), left: Number(w[1]), right: Number(w[2]) }));
      out.push({ page: i + 1, top: Number(m[2]), left: Number(m[1]), text: words.map((w) => w.text).join(' '), words });
    }
  });
  cache.set(file, out);
  return out;
}
