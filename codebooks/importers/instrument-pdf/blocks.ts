// Groups classified lines into blocks: a paragraph of plain text, one answer (a bullet and its
// wrapped lines), an original-text bracket, a branching statement, help text, a fill-in blank.
import type { Line, LineKind } from './classify';

export interface Block {
  kind: Exclude<LineKind, 'chrome' | 'sources'>;
  lines: Line[];
  x: number;
  page: number;
}

/** A line that starts with a printed PPI ID starts a new question ("PPI1585860." or, in The Basics 2018, "PPI1585879 "). */
const PRINTED_ID = /^PPI\s?\d{5,}(\.|\s)/;
const ENDS_SENTENCE = /[.?!:)"”\]…]$/;
const TRAILS_OFF = /(\.\.\.|…)$/;
// The instruction as the instruments print it: no PDF here starts a line "Seleccione todas" or "Marque todas".
const CHECK_ALL = /^(Select(\s+all\b|$)|Elija(\s+todas\b|$))/;

export function buildBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  const margins = rightMargins(lines);
  let prev: Line | null = null;
  for (const l of lines) {
    if (l.kind === 'chrome' || l.kind === 'sources') continue;
    const last = blocks[blocks.length - 1];
    if (last && prev && continues(last, prev, l, margins.get(l.page) ?? Infinity)) last.lines.push(l);
    else blocks.push({ kind: l.kind, lines: [l], x: l.x, page: l.page });
    prev = l;
  }
  return blocks;
}

function continues(block: Block, prev: Line, l: Line, margin: number): boolean {
  const samePage = prev.page === l.page;
  const gap = l.y - prev.y;
  const close = samePage ? gap > 0 && gap <= 1.8 * Math.max(prev.size, l.size) : true;
  if (!close) return false;
  const lastText = prev.text;
  const hasFootnote = prev.spans.some((s) => s.sup && /\d/.test(s.text));
  switch (block.kind) {
    case 'plain':
      // A footnote number ends the question, unless its instruction goes on after it on the line
      // (COPE Feb 2021 ES p.16: "… si es el caso.).5 Elija todas las opciones que" / "correspondan.").
      if (l.kind !== 'plain' || (hasFootnote && !goesOnAfterFootnote(prev)) || PRINTED_ID.test(l.text)) return false;
      if (Math.abs(textSize(l) - textSize(prev)) > 1.5) return false;
      // A wrapped sentence may be printed with a different indent; a new paragraph starts aligned.
      // A check-all question's instruction wrapped out of its indent goes on with it (PFHH p.56:
      // "…muscular dystrophy (MD)?" / "Select" / "all that apply.").
      if (Math.abs(l.x - block.x) > 4) return samePage && (!ENDS_SENTENCE.test(lastText) || CHECK_ALL.test(l.text)) && Math.abs(l.x - prev.x) < 60;
      // A lead-in trailing off ("¿con qué frecuencia...") goes on over the page (EHHWB Spanish p.3-4, cidi5_10).
      return samePage || !ENDS_SENTENCE.test(lastText) || TRAILS_OFF.test(lastText);
    case 'bullet':
      // Wrapped answer text is aligned with the text after the bullet, not with the bullet.
      return l.kind === 'plain' && samePage && Math.abs(l.x - block.lines[0]!.bodyX) <= 4 && !hasFootnote;
    case 'original':
      return l.kind === 'plain' && !closed(block, ']') && block.lines.length < 12;
    case 'help':
      return l.kind === 'plain' && !closed(block, ')') && block.lines.length < 8;
    case 'branch':
      return (
        l.kind === 'plain' && !PRINTED_ID.test(l.text) && !/:\s*$/.test(lastText) && Math.abs(l.x - block.x) <= 4 && block.lines.length < 5 &&
        // Over a page break only mid-sentence (The Basics 2018 p.1-2: "…Government, Nome" / "Eskimo Community, etc.)").
        (samePage ? !startsAfterShortLine(prev, l, margin) : !ENDS_SENTENCE.test(lastText))
      );
    default:
      return false;
  }
}

/** Words printed after the line's last footnote number. */
function goesOnAfterFootnote(l: Line): boolean {
  const last = l.spans.findLastIndex((s) => s.sup && /\d/.test(s.text));
  return l.spans.slice(last + 1).some((s) => !s.sup && /\p{L}/u.test(s.text));
}

/**
 * The size most of a line's text is set in: a lone larger full stop (COPE New Year 2022 ES p.4,
 * "las opciones que correspondan." with its "." at 14 pt in 12 pt text) does not make it a heading.
 */
function textSize(l: Line): number {
  let best = { size: l.size, chars: 0 };
  for (const s of l.spans) {
    const chars = s.text.replace(/\s/g, '').length;
    if (!s.sup && chars > best.chars) best = { size: s.size, chars };
  }
  return best.size;
}

/**
 * A statement that ends short of the margin, followed by a line that opens a sentence, is over:
 * EHHWB prints "Branching Logic: This question will only be asked if sex = female" (p.17) with no
 * full stop and the question right under it, at its indent. A wrapped line would have taken the
 * next line's first word had it fitted.
 */
function startsAfterShortLine(prev: Line, l: Line, margin: number): boolean {
  if (!/^[¿¡]?\p{Lu}/u.test(l.text)) return false;
  const word = /^\S+/.exec(l.text)![0];
  const perChar = lineWidth(l) / Math.max(1, l.text.length);
  return rightEnd(prev) + perChar * (word.length + 1) < margin - 2;
}

function rightEnd(l: Line): number {
  return Math.max(...l.spans.map((s) => s.x + s.width));
}

function lineWidth(l: Line): number {
  return rightEnd(l) - l.x;
}

/** Per page, the right edge of the widest body line: where wrapped lines end. */
function rightMargins(lines: Line[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const l of lines) {
    if (l.kind === 'chrome' || l.kind === 'sources') continue;
    out.set(l.page, Math.max(out.get(l.page) ?? 0, rightEnd(l)));
  }
  return out;
}

function closed(block: Block, bracket: string): boolean {
  const text = block.lines.map((l) => l.text).join(' ');
  const open = bracket === ']' ? '[' : '(';
  return count(text, bracket) >= count(text, open);
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}
