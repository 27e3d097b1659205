// Python for a Workbench notebook: pandas.read_gbq, as the Workbench's dataset builder writes it.
import type { VariableList } from '../lists/schema';
import type { ExportContext } from './context';
import { listSelection, selectionIds } from './selection';
import { CDR_PLACEHOLDER, headerLines, selectionQuery } from './sql';

export function listToPython(list: VariableList, ctx: ExportContext): string {
  const s = listSelection(list);
  return [
    ...headerLines(list, ctx, s).map((l) => `# ${l}`),
    'import os',
    '',
    'import pandas as pd',
    '',
    'dataset = os.environ["WORKSPACE_CDR"]',
    `concept_ids = [${selectionIds(s).join(', ')}]  # every concept ID the query selects by`,
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
