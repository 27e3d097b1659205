// JSON: the list itself with its provenance; importing it restores the list.
import { EXPORT_FORMAT_TAG, LISTS_VERSION, type ExportedList, type VariableList } from '../lists/schema';
import type { ExportContext } from './context';

export function listToJson(list: VariableList, ctx: ExportContext): string {
  const doc: ExportedList = {
    format: EXPORT_FORMAT_TAG,
    version: LISTS_VERSION,
    exportedAt: ctx.exportedAt,
    app: { name: ctx.appName, version: ctx.appVersion },
    codebookAsOf: ctx.codebookAsOf,
    list,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
