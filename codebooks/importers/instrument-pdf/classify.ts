// Sorts the lines of an instrument PDF into what they are: running header/footer, answer bullet,
// "[Original source question text: ...]", branching prose, help text, fill-in blank, heading of
// the Sources section, or plain text (questions and prose).
import type { PdfLine } from '../../read/pdf-text';

export type LineKind = 'chrome' | 'bullet' | 'original' | 'branch' | 'help' | 'fill' | 'sources' | 'plain';

export interface Line extends PdfLine {
  kind: LineKind;
  /** For bullets: the text after the bullet glyph, and where it starts. */
  body: string;
  bodyX: number;
}

// Glyphs the instruments use for answer options (Word's Symbol/Wingdings bullets come out as
// these or as a private-use character).
const BULLET = /^([●○▪❏•◦□☐■◆❖➢►✓\uf0a7\uf0b7\uf06f\uf0d8\uf0fc\uf071-]|o(?=\s))\s*/u;
const ORIGINAL = /^\[\s*Original source question text\s*:/i;
const BRANCH = /^Branching logic\b/i;
const HELP = /^\(\s*(?:Help text|Texto de ayuda)\s*:/i;
const SOURCES = /^(Sources?|Source Information|Fuentes?)\s*:?$/i;
const FILL = /^_{3,}$/;

export function classifyLines(lines: PdfLine[], pages: number): Line[] {
  const chrome = runningChrome(lines, pages);
  const lastOnPage = new Map<number, PdfLine>();
  for (const l of lines) {
    const prev = lastOnPage.get(l.page);
    if (!prev || l.y >= prev.y) lastOnPage.set(l.page, l);
  }
  return lines.map((l) => {
    const base = { ...l, body: l.text, bodyX: l.x };
    if (chrome.has(chromeKey(l)) || (lastOnPage.get(l.page) === l && /^(page\s*)?\d{1,3}(\s*of\s*\d+)?$/i.test(l.text))) {
      return { ...base, kind: 'chrome' as const };
    }
    const t = l.text;
    const m = BULLET.exec(t);
    if (m && t.length > m[0].length && glyphAlone(l, m[1]!)) {
      const bodyX = l.spans.find((s, i) => i > 0 && s.text.trim() !== '')?.x ?? l.x;
      const body = t.slice(m[0].length).trim();
      // No answer reads "Branching logic: …": PFHH p.26 prints a bullet before its acid reflux statement.
      if (BRANCH.test(body)) return { ...base, kind: 'branch' as const, text: body, body, x: bodyX, bodyX };
      return { ...base, kind: 'bullet' as const, body, bodyX };
    }
    if (ORIGINAL.test(t)) return { ...base, kind: 'original' as const };
    if (BRANCH.test(t)) return { ...base, kind: 'branch' as const };
    if (HELP.test(t)) return { ...base, kind: 'help' as const };
    if (SOURCES.test(t)) return { ...base, kind: 'sources' as const };
    if (FILL.test(t.replace(/\s/g, ''))) return { ...base, kind: 'fill' as const };
    return { ...base, kind: 'plain' as const };
  });
}

/**
 * The letter "o" is a bullet only when printed as a glyph of its own (Word's hollow bullet, its
 * own text run before a tab). A wrapped Spanish line starts with the word "o" (or): "…problemas
 * con la bebida / o que era alcohólico?" goes on with the question.
 */
function glyphAlone(l: PdfLine, glyph: string): boolean {
  if (glyph !== 'o') return true;
  return l.spans.find((s) => s.text.trim() !== '')?.text.trim() === 'o';
}

function chromeKey(l: PdfLine): string {
  return `${Math.round(l.y / 4)}|${l.text}`;
}

/** Lines in the top margin repeated on at least half of the pages (the running header). */
function runningChrome(lines: PdfLine[], pages: number): Set<string> {
  const seen = new Map<string, Set<number>>();
  for (const l of lines) {
    if (l.y > 120 || BULLET.test(l.text)) continue;
    const k = chromeKey(l);
    if (!seen.has(k)) seen.set(k, new Set());
    seen.get(k)!.add(l.page);
  }
  const out = new Set<string>();
  for (const [k, ps] of seen) if (ps.size >= Math.max(2, pages / 2)) out.add(k);
  // A header line also counts on a page where it sits a little higher or lower.
  for (const l of lines) {
    if (l.y <= 120 && /^(All of Us|AoU)\b.*Research Program$|^Participant Provided Information|^Versi[oó]n:/i.test(l.text)) {
      out.add(chromeKey(l));
    }
  }
  return out;
}
