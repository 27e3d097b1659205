// The 2016 PPI workgroup "Final Revision Recommendation" workbooks: per question the original
// source instrument, its wording there, and the recommended wording; a Spanish sheet with the
// Spanish wording and the workgroup item ids (D1, HC1, G1...). They give no PPI codes.
import { basename } from 'node:path';
import { SourceError } from '../errors';
import { emptyResult, type ImportResult, type InstrumentRecord, type Lang, type PrintedQuestionRecord } from '../model/records';
import { moduleSlugFor } from '../model/modules';
import type { Importer, SourceFile } from './types';
import { findHeader, loadWorkbook, roleText, type Header, type Sheet } from './workgroup/read-workbook';
import { isDecision, pickWording, withoutOptions } from './workgroup/wording';
import { instrumentKey, obviousShortName, splitSourceNames, workgroupInstrumentName } from './workgroup/source-names';
import { languageOf, readItemId } from './workgroup/sheets';
import { pairSpanishRows } from './workgroup/pair-sheets';

export const importWorkgroupXlsx: Importer = async (file) => {
  const result = emptyResult();
  const module = moduleOf(file, result);
  const workbook = await loadWorkbook(file.path, file.name);
  if (!workbook.worksheets.some((s) => /english/i.test(s.name))) {
    const names = workbook.worksheets.map((s) => s.name).join(', ');
    throw new SourceError(file.name, null, 'sheet name', `no sheet is named English (sheets: ${names})`);
  }
  const instruments = new Map<string, InstrumentRecord>();
  const sheets: Partial<Record<Lang, PrintedQuestionRecord[][]>> = {};
  for (const sheet of workbook.worksheets) {
    const named = /english|spanish|espa/i.test(sheet.name);
    let header: Header;
    try {
      header = findHeader(sheet, file.name, ['source', 'reference']);
    } catch (e) {
      if (named) throw e;
      result.notes.push(`sheet "${sheet.name}": no workgroup header, skipped`);
      continue;
    }
    const lang = languageOf(sheet, header, result.notes);
    const before = result.printed.length;
    readSheet(file, sheet, header, lang, module, result, instruments);
    (sheets[lang] ??= []).push(result.printed.slice(before));
  }
  if (sheets.en?.length === 1 && sheets.es?.length === 1) pairSpanishRows(sheets.en[0]!, sheets.es[0]!);
  result.instruments.push(...instruments.values());
  return result;
};

function readSheet(
  file: SourceFile,
  sheet: Sheet,
  header: Header,
  lang: Lang,
  module: string,
  result: ImportResult,
  instruments: Map<string, InstrumentRecord>,
): void {
  if (lang === 'en') findHeader(sheet, file.name, ['source', 'reference', 'final']);
  const order = lang === 'en' ? (['final', 'post', 'prior', 'reference'] as const) : (['final', 'post', 'prior'] as const);
  const fellBack = new Map<string, number[]>();
  const seenIds = new Map<string, number>();
  let sequence = 0;
  for (let row = header.row + 1; row <= sheet.rowCount; row++) {
    const { wording, skipped } = pickWording(sheet, header, row, order);
    const sourceCell = roleText(sheet, header, row, 'source');
    const referenceCell = roleText(sheet, header, row, 'reference');
    if (!wording) {
      if (sourceCell || referenceCell || skipped.length) {
        result.notes.push(`sheet "${sheet.name}", row ${row}: no question wording (only decisions or a source), skipped`);
      }
      continue;
    }
    if (skipped.length) {
      const key = `${skipped.join('/')} → ${wording.role}`;
      fellBack.set(key, [...(fellBack.get(key) ?? []), row]);
    }
    let itemId: string | null = null;
    let originalText: string | null = null;
    if (lang === 'es') {
      ({ itemId, originalText } = readItemId(referenceCell, `sheet "${sheet.name}", row ${row}`, result.notes));
      if (itemId !== null) {
        const first = seenIds.get(itemId);
        if (first !== undefined) result.notes.push(`sheet "${sheet.name}": item id ${itemId} in rows ${first} and ${row}`);
        else seenIds.set(itemId, row);
      }
    } else if (referenceCell && !isDecision(referenceCell)) {
      originalText = withoutOptions(referenceCell);
    }
    const sourceNames = splitSourceNames(sourceCell);
    const at = `${sheet.name}!${sheet.getColumn(wording.col).letter}${row}`;
    result.printed.push({
      module,
      language: lang,
      text: withoutOptions(wording.text),
      footnotes: [],
      sourceNames,
      originalText,
      sequence: ++sequence,
      ...(itemId !== null ? { ref: { itemId } } : {}),
      prov: { source: file.entry.id, at },
    });
    for (const name of sourceNames) addInstrument(instruments, name, module, file, `${sheet.name}!A${row}`, result.notes);
  }
  for (const [how, rows] of fellBack) {
    result.notes.push(`sheet "${sheet.name}": ${how} (the later columns held a decision, not wording) in rows ${rows.join(', ')}`);
  }
}

function addInstrument(
  instruments: Map<string, InstrumentRecord>,
  sourceName: string,
  module: string,
  file: SourceFile,
  at: string,
  notes: string[],
): void {
  const name = workgroupInstrumentName(sourceName);
  const key = instrumentKey(name);
  const known = instruments.get(key);
  if (known) {
    if (known.name !== name && !notes.some((n) => n.includes(`"${name}"`))) {
      notes.push(`instrument "${name}" (${at}) taken as "${known.name}"`);
    }
    return;
  }
  instruments.set(key, { module, name, shortName: obviousShortName(name), prov: { source: file.entry.id, at } });
}

/** The module slug: the manifest's, else from the file name ("... Recommendation Sleep_09.28.2016"). */
function moduleOf(file: SourceFile, result: ImportResult): string {
  if (file.entry.module) return file.entry.module;
  const base = basename(file.entry.path).replace(/\.xlsx$/i, '');
  const m = /recommendation\s+(.+?)[_ ]+\d{1,2}[. ]\d{1,2}[. ]\d{2,4}$/i.exec(base);
  if (!m) {
    throw new SourceError(file.name, null, 'file name', 'cannot tell the module; expected "Final Revision Recommendation <Module>_MM.DD.YYYY.xlsx"');
  }
  const name = m[1]!.trim();
  const slug = moduleSlugFor(name);
  if (slug) return slug;
  const own = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  result.notes.push(`"${name}" is not an All of Us survey module; its questions are kept under module "${own}"`);
  return own;
}
