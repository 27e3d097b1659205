// The "Sources" section at the end of the English instrument PDFs: each numbered entry's
// "Year of Original Source" and "Available from:" address. Read with pdf.js page text only.
import { readFileSync } from 'node:fs';
import type { Claim } from '../claims';
import { rawPath } from '../raw';

/** English PDFs whose Sources section gives years (the Spanish ones mostly do not). */
const PDFS = [
  'The_Basics.pdf',
  'Lifestyle.pdf',
  'Overall_Health.pdf',
  'Health_Care_Access_Utilization.pdf',
  'Social_Factors_of_Health.pdf',
  'Emotional_Health_History_and_Well-Being.pdf',
  'Behavioral_Health_and_Personality.pdf',
  ...['May_2020', 'June_2020', 'July_2020', 'Nov_2020', 'Dec_2020', 'Feb_2021', 'Summer_2021', 'Fall_2021', 'Winter_2021', 'New_Year_2022'].map((w) => `COPE_survey_${w}_English.pdf`),
];

const isHeading = (line: string) => /^Sources$/i.test(line);

async function pageLines(path: string): Promise<{ page: number; lines: string[] }[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: { page: number; lines: string[] }[] = [];
  // Sources sections close the document (The Basics has a second one for its appendix): read
  // pages backwards until the one before the first section says nothing of sources.
  let seenHeading = false;
  for (let p = doc.numPages; p >= 1; p--) {
    const content = await (await doc.getPage(p)).getTextContent();
    const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
    const lines = text.split('\n').map((l) => l.trim());
    const heading = lines.some(isHeading);
    if (seenHeading && !heading && !/Year of Original Source/i.test(text)) break;
    seenHeading ||= heading;
    pages.unshift({ page: p, lines });
  }
  await doc.destroy();
  return pages;
}

export async function pdfSources(): Promise<Claim[]> {
  const claims: Claim[] = [];
  for (const file of PDFS) {
    const source = `pdf:${file}`;
    let current: { number: number; page: number; text: string } | null = null;
    let inSection = false;
    const entries: { number: number; page: number; text: string }[] = [];
    for (const { page, lines } of await pageLines(await rawPath(source))) {
      for (const line of lines) {
        if (isHeading(line)) {
          current = null;
          inSection = true;
        }
        if (!inSection) continue;
        const m = /^(\d+)\.\s+(.*)$/.exec(line);
        if (m && Number(m[1]) === (current?.number ?? 0) + 1) {
          const entry = { number: Number(m[1]), page, text: m[2] ?? '' };
          entries.push(entry);
          current = entry;
        } else if (current) {
          // A URL cut at a hyphen continues on the next line without a space.
          current.text += current.text.endsWith('-') ? line : ` ${line}`;
        }
      }
    }
    for (const e of entries) {
      const year = /Year of Original Source:\s*(\d{4})/i.exec(e.text)?.[1] ?? null;
      const url = /Available (?:from|at):?\s*(https?:\/\/\S+)/i.exec(e.text)?.[1]?.replace(/[.,;]$/, '') ?? null;
      // A numbered line with neither is a numbered paragraph of an entry, not an entry.
      if (year || url) claims.push({ source, at: `page ${e.page}`, fact: 'citation', number: e.number, year, url });
    }
  }
  return claims;
}
