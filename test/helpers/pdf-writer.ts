// A minimal PDF writer for made-up test instruments: pages of text lines in Helvetica at given
// positions and sizes (a smaller, raised line part makes a superscript).

export interface PdfTextRun {
  text: string;
  x: number;
  /** Baseline, in points from the top of the page. */
  y: number;
  size: number;
}

const PAGE_W = 612;
const PAGE_H = 792;

// Characters outside Latin-1 that WinAnsiEncoding places in 0x80-0x9f.
const WIN_ANSI: Record<string, number> = { '•': 0x95, '“': 0x93, '”': 0x94, '’': 0x92, '–': 0x96, '…': 0x85 };

function encode(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`pdf-writer cannot encode ${ch}`);
    const c = String.fromCharCode(code);
    out += c === '(' || c === ')' || c === '\\' ? '\\' + c : code < 0x20 || code > 0x7e ? `\\${code.toString(8).padStart(3, '0')}` : c;
  }
  return out;
}

/** Builds a valid PDF (with xref table and %%EOF) whose pages hold the given text runs. */
export function makePdf(pages: PdfTextRun[][]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) ;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages tree, filled in below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const runs of pages) {
    const content = runs
      .map((r) => `BT /F1 ${r.size} Tf 1 0 0 1 ${r.x} ${PAGE_H - r.y} Tm (${encode(r.text)}) Tj ET`)
      .join('\n');
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    const contentId = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Approximate Helvetica width, enough to place a superscript after a line of text. */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.5;
}

/** A line of 12-point body text with an optional superscript footnote after it. */
export function bodyLine(text: string, x: number, y: number, sup?: string): PdfTextRun[] {
  const runs = [{ text, x, y, size: 12 }];
  if (sup) runs.push({ text: sup, x: x + textWidth(text, 12) + 2, y: y - 4, size: 7 });
  return runs;
}

/** The running header the instruments print at the top of each page. */
export const runningHeader = (): PdfTextRun[] => [
  { text: 'All of Us Research Program', x: 72, y: 47, size: 11 },
  { text: 'Participant Provided Information (PPI)', x: 72, y: 60, size: 11 },
];
