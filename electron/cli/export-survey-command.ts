// `cli export-survey <survey> [--release R] --format fhir|redcap|ddi|atlas [--out FILE]`: a survey
// (slug, code or module concept ID) in one of the field's interchange formats.
import { exportContext } from '../services/export/context';
import { ExportInputError } from '../services/export/form-survey';
import { exportSurvey, INTERCHANGE_FORMATS, isInterchangeFormat } from '../services/export/interchange';
import type { Codebook } from '../services/store';
import { UsageError } from './args';
import { writeExport } from './export-command';

export interface SurveyExportOptions {
  survey: string;
  format: string | undefined;
  release: string | undefined;
  out: string | undefined;
  app: { name: string; version: string };
}

export function exportSurveyCommand(db: Codebook, o: SurveyExportOptions, warn: (line: string) => void): string | null {
  if (!o.survey) throw new UsageError('export-survey needs a survey (slug, code or module concept ID)');
  if (!o.format || !isInterchangeFormat(o.format)) throw new UsageError(`--format must be one of ${INTERCHANGE_FORMATS.join(', ')}`);
  try {
    return writeExport(exportSurvey(db, o.survey, o.format, exportContext(db, o.app), { release: o.release ?? null }), o.out, warn);
  } catch (e) {
    if (e instanceof ExportInputError) throw new UsageError(e.message);
    throw e;
  }
}
