// Which language a workgroup sheet is in, and the item-id column of the Spanish sheets.
import type { Lang } from '../../model/records';
import { cellText, type Header, type Sheet } from './read-workbook';

const SPANISH_MARKS = /[¿¡ñáéíóú]/i;

/**
 * The sheet's language from its name; a sheet named neither (Healthcare Access has "Sheet2") is
 * Spanish when most of its wording cells carry Spanish punctuation or accents.
 */
export function languageOf(sheet: Sheet, header: Header, notes: string[]): Lang {
  if (/english/i.test(sheet.name)) return 'en';
  if (/spanish|espa/i.test(sheet.name)) return 'es';
  const cols = [header.cols.final, header.cols.post, header.cols.prior].filter((c): c is number => c !== undefined);
  let spanish = 0;
  let filled = 0;
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const texts = cols.map((c) => cellText(sheet.getRow(r).getCell(c).value)).filter((t) => t.trim() !== '');
    if (texts.length === 0) continue;
    filled++;
    if (texts.some((t) => SPANISH_MARKS.test(t))) spanish++;
  }
  const lang: Lang = filled > 0 && spanish * 2 > filled ? 'es' : 'en';
  notes.push(`sheet "${sheet.name}" does not name its language; read as ${lang} (${spanish} of ${filled} rows have Spanish marks)`);
  return lang;
}

/** Workgroup item ids as the sheets write them: D1, HC1b, HUQ.051, BHL 1, Sleep 105, 5a, Cont2e. */
const ITEM_ID = /^[A-Za-z]{0,6}[ .]?\d+[A-Za-z0-9.]*$/;

/**
 * In the Spanish sheets the "Reference Instrument Question" column holds the workgroup item id.
 * Longer text there is the reference wording; a short label that is no id goes to the notes.
 */
export function readItemId(
  cell: string,
  where: string,
  notes: string[],
): { itemId: string | null; originalText: string | null } {
  const value = cell.replace(/\s+/g, ' ').trim();
  if (value === '') return { itemId: null, originalText: null };
  if (ITEM_ID.test(value)) return { itemId: value, originalText: null };
  if (value.length < 40 && !cell.includes('\n')) {
    notes.push(`${where}: "${value}" in the item-id column is not an item id; ignored`);
    return { itemId: null, originalText: null };
  }
  return { itemId: null, originalText: cell.trim() };
}
