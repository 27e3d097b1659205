// R for a Workbench notebook: bigrquery's bq_project_query and bq_table_download.
import type { VariableList } from '../lists/schema';
import type { ExportContext } from './context';
import { listSelection, selectionIds } from './selection';
import { CDR_PLACEHOLDER, headerLines, selectionQuery } from './sql';

export function listToR(list: VariableList, ctx: ExportContext): string {
  const s = listSelection(list);
  return [
    ...headerLines(list, ctx, s).map((l) => `# ${l}`),
    'library(bigrquery)',
    '',
    'dataset <- Sys.getenv("WORKSPACE_CDR")',
    'billing_project <- Sys.getenv("GOOGLE_PROJECT")',
    `concept_ids <- c(${selectionIds(s).join(', ')})  # every concept ID the query selects by`,
    '',
    `sql <- gsub("${CDR_PLACEHOLDER}", dataset, "`,
    selectionQuery(s),
    '", fixed = TRUE)',
    '',
    'survey_tb <- bq_project_query(billing_project, sql)',
    'survey_df <- bq_table_download(survey_tb, bigint = "integer64")',
    'head(survey_df, 5)',
    '',
  ].join('\n');
}
