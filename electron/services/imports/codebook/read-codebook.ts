// A codebook file into records: a REDCap data dictionary (the format the All of Us codebooks are
// published in) or an official codebook sheet (Display, Topic, Type, PMI Code, Parent code), as
// CSV or as the first sheet of an .xlsx (turned into CSV first, so one reader checks both).
import { rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SourceError } from '../../../../codebooks/errors';
import { importC2fSheet } from '../../../../codebooks/importers/codebook-to-fhir/sheet';
import { readRedcapDictionary } from '../../../../codebooks/importers/redcap-dictionary';
import type { SourceFile } from '../../../../codebooks/importers/types';
import { cellText, loadWorkbook } from '../../../../codebooks/importers/workgroup/read-workbook';
import type { ImportResult } from '../../../../codebooks/model/records';
import type { ManifestEntry } from '../../../../codebooks/sources/manifest';
import { readUtf8 } from '../../../../codebooks/read/text';

export type CodebookFormat = 'REDCap data dictionary' | 'official codebook';

export interface CodebookRead {
  format: CodebookFormat;
  records: ImportResult;
}

const REDCAP_FIELD = /^(variable \/ field name|field_name)$/i;

export async function readCodebookFile(path: string, scratch: string): Promise<CodebookRead> {
  const name = basename(path);
  let csvPath = path;
  if (/\.xlsx$/i.test(path)) {
    csvPath = scratch;
    writeFileSync(csvPath, await firstSheetAsCsv(path, name));
  }
  try {
    const header = (readUtf8(csvPath, name).split(/\r?\n/, 1)[0] ?? '').replace(/^\ufeff/, '');
    const columns = header.split(',').map((c) => c.replace(/^"|"$/g, '').trim());
    // The reader names the user's file in errors and provenance.
    const file: SourceFile = { path: csvPath, name, entry: { id: `import:${name}`, local: name } as ManifestEntry };
    if (columns.some((c) => REDCAP_FIELD.test(c))) return { format: 'REDCap data dictionary', records: readRedcapDictionary(file, { keepOrder: true }) };
    if (columns.includes('PMI Code') || columns.includes('Display')) return { format: 'official codebook', records: await importC2fSheet(file) };
    throw new SourceError(name, 1, null, 'the header is neither a REDCap data dictionary\'s (Variable / Field Name, Form Name, Field Type, Field Label) nor an official codebook\'s (Display, Topic, Type, PMI Code, Parent code)');
  } finally {
    if (csvPath !== path) rmSync(csvPath, { force: true });
  }
}

async function firstSheetAsCsv(path: string, name: string): Promise<string> {
  const sheet = (await loadWorkbook(path, name)).worksheets[0]!;
  const lines: string[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    lines.push(cells.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','));
  }
  return lines.join('\n') + '\n';
}
