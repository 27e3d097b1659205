// Python for a Workbench notebook: pandas.read_gbq, as the Workbench's dataset builder writes it.
// The notebook's WORKSPACE_CDR comes first; a dataset the user gave is the fallback outside one.
import type { VariableList } from '../lists/schema';
import type { ExportContext } from './context';
import { listSelection } from './selection';
import { CDR_PLACEHOLDER, headerLines, selectionQuery } from './sql';

export function listToPython(list: VariableList, ctx: ExportContext): string {
  const s = listSelection(list);
  return [
    ...headerLines(list, ctx, s).map((l) => `# ${l}`),
    'import os',
    '',
    'import pandas as pd',
    '',
    ctx.workspaceCdr ? `dataset = os.environ.get("WORKSPACE_CDR", "${ctx.workspaceCdr}")` : 'dataset = os.environ["WORKSPACE_CDR"]',
    '',
    `sql = """`,
    selectionQuery(s),
    `""".replace("${CDR_PLACEHOLDER}", dataset)`,
    '',
    'survey_df = pd.read_gbq(',
    '    sql,',
    '    dialect="standard",',
    '    use_bqstorage_api=("BIGQUERY_STORAGE_API_ENABLED" in os.environ),',
    '    progress_bar_type="tqdm_notebook",',
    ')',
    'survey_df.head(5)',
    '',
  ].join('\n');
}
