// Which English row each Spanish row translates. The Spanish sheets list the English rows in their
// order, but not at their row numbers: their header is a row higher (Healthcare Access's Sheet2
// row 15 is the English row 16), and some add or repeat rows (Demographics' rows 16–19).
import type { PrintedQuestionRecord } from '../../model/records';
import type { Header, Sheet } from './read-workbook';
import { roleText } from './read-workbook';
import { instrumentKey, splitSourceNames, workgroupInstrumentName } from './source-names';

export interface ReadSheet {
  sheet: Sheet;
  header: Header;
}

/** The instruments a row names, as one comparable key ("BRFSS (modified)" and "BRFSS modified" alike). */
function sourceKey(s: ReadSheet, row: number): string {
  const names = splitSourceNames(roleText(s.sheet, s.header, row, 'source'));
  return names.map((n) => instrumentKey(workgroupInstrumentName(n))).join('+');
}

/**
 * Sets `translates` on the Spanish prints: Spanish row s is English row s + (difference of the
 * header rows) where the two sheets name the same source instruments on that row and on the
 * rows either side of it; elsewhere (a row added on one side, sources translated) nothing is set.
 */
export function pairSpanishRows(en: ReadSheet, es: ReadSheet, printed: PrintedQuestionRecord[]): void {
  const offset = en.header.row - es.header.row;
  const inData = (s: ReadSheet, row: number) => row > s.header.row && row <= s.sheet.rowCount;
  const englishAt = new Map<number, string>();
  for (const p of printed) {
    const m = p.language === 'en' ? rowOf(p, en.sheet.name) : null;
    if (m !== null) englishAt.set(m, p.prov.at!);
  }
  for (const p of printed) {
    const row = p.language === 'es' ? rowOf(p, es.sheet.name) : null;
    if (row === null) continue;
    const at = englishAt.get(row + offset);
    const checks = [-1, 0, 1].filter((d) => inData(es, row + d) && inData(en, row + offset + d));
    const agree = checks.every((d) => sourceKey(es, row + d) === sourceKey(en, row + offset + d));
    if (at && checks.includes(0) && checks.length >= 2 && agree) p.translates = at;
  }
}

/** The row of a print at "<sheet>!<column><row>", or null when it is of another sheet. */
function rowOf(p: PrintedQuestionRecord, sheetName: string): number | null {
  const m = /^(.*)![A-Z]+(\d+)$/.exec(p.prov.at ?? '');
  return m && m[1] === sheetName ? Number(m[2]) : null;
}
