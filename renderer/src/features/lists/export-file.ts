// Getting an export out of the app: the clipboard, the native save dialog (desktop), or a
// download (browser mode: a Blob behind an <a download>, which the CSP does not restrict).
import type { ExportFileResult } from '../../../../electron/contract/lists';
import { copyText } from '../../components/CopyButton';
import type { ListsApi } from './lists-store';
import { unwrap } from '../../api-client';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'sql', 'python', 'r', 'citation', 'fhir', 'redcap', 'ddi', 'atlas'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** XLSX is a binary file: it can be saved, not copied as text. */
export const canCopy = (format: ExportFormat) => format !== 'xlsx';

export async function copyExport(file: ExportFileResult): Promise<boolean> {
  return file.encoding === 'utf8' ? copyText(file.content) : false;
}

function bytesOf(file: ExportFileResult): Uint8Array<ArrayBuffer> {
  if (file.encoding === 'utf8') return new TextEncoder().encode(file.content);
  const raw = atob(file.content);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

export function downloadExport(file: ExportFileResult, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file)], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Desktop: the native dialog (null path when cancelled). Browser mode: a download. */
export async function saveExport(api: Pick<ListsApi, 'saveFile'>, file: ExportFileResult, browserMode: boolean): Promise<{ saved: boolean; path: string | null }> {
  if (browserMode) {
    downloadExport(file);
    return { saved: true, path: null };
  }
  return unwrap(api.saveFile({ filename: file.filename, encoding: file.encoding, content: file.content }));
}
