// R for a Workbench notebook: bigrquery's bq_project_query and bq_table_download. The notebook's
// WORKSPACE_CDR comes first; a dataset the user gave is the fallback outside one.
import type { VariableList } from '../lists/schema';
import type { ExportContext } from './context';
import { listSelection } from './selection';
import { CDR_PLACEHOLDER, headerLines, selectionQuery } from './sql';

export function listToR(list: VariableList, ctx: ExportContext): string {
  const s = listSelection(list);
  return [
    ...headerLines(list, ctx, s).map((l) => `# ${l}`),
    'library(bigrquery)',
    '',
    ctx.workspaceCdr ? `dataset <- Sys.getenv("WORKSPACE_CDR", unset = "${ctx.workspaceCdr}")` : 'dataset <- Sys.getenv("WORKSPACE_CDR")',
    'billing_project <- Sys.getenv("GOOGLE_PROJECT")',
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
