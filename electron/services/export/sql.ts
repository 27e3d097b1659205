// BigQuery SQL for the All of Us Researcher Workbench: the survey answers of the list's
// questions from the CDR's observation table, with the question and answer names from its
// concept table (as the Workbench's dataset builder gives them). The workspace's CDR dataset is
// written in when the user gave it; otherwise {CDR} stands for it.
import type { VariableList } from '../lists/schema';
import type { ExportContext } from './context';
import { oneLine, safeCode } from './comment';
import { listSelection, type Selection } from './selection';

export const CDR_PLACEHOLDER = '{CDR}';
const ids = (list: number[]) => list.join(', ');

/** The query alone (no header): also embedded in the Python and R snippets. */
export function selectionQuery(s: Selection, dataset: string = CDR_PLACEHOLDER): string {
  const conditions: string[] = [];
  if (s.whole.length > 0) {
    conditions.push(`  -- every answer: ${s.whole.map((q) => safeCode(q.code)).join(', ')}`);
    conditions.push(`  o.observation_source_concept_id IN (${ids(s.whole.map((q) => q.conceptId))})`);
  }
  for (const p of s.partial) {
    const answers = [
      p.answerIds.length ? `o.value_source_concept_id IN (${ids(p.answerIds)})` : null,
      p.standardIds.length ? `o.value_as_concept_id IN (${ids(p.standardIds)})` : null,
    ].filter(Boolean);
    if (conditions.length) conditions.push('  OR');
    conditions.push(`  -- chosen answers of ${safeCode(p.code)}`);
    conditions.push(`  (o.observation_source_concept_id = ${p.conceptId} AND (${answers.join(' OR ')}))`);
  }
  if (conditions.length === 0) conditions.push('  -- nothing in this list has a concept ID to select by', '  FALSE');
  return [
    'SELECT',
    '  o.person_id,',
    '  o.observation_datetime AS survey_datetime,',
    '  o.observation_source_concept_id AS question_concept_id,',
    '  question_concept.concept_name AS question,',
    '  o.value_source_concept_id AS answer_concept_id,',
    '  answer_concept.concept_name AS answer,',
    '  o.value_as_concept_id AS answer_standard_concept_id,',
    '  o.value_as_string,',
    '  o.value_as_number',
    `FROM \`${dataset}.observation\` AS o`,
    `LEFT JOIN \`${dataset}.concept\` AS question_concept ON question_concept.concept_id = o.observation_source_concept_id`,
    `LEFT JOIN \`${dataset}.concept\` AS answer_concept ON answer_concept.concept_id = o.value_source_concept_id`,
    'WHERE',
    ...conditions,
    'ORDER BY o.person_id, question_concept_id',
  ].join('\n');
}

/** The comment lines every snippet starts with (without the comment marker). */
export function headerLines(list: VariableList, ctx: ExportContext, s: Selection): string[] {
  const lines = [
    `Variable list "${oneLine(list.name)}": ${list.entries.length} question(s), PPI codebook as of ${ctx.codebookAsOf ?? 'unknown'}.`,
    `Exported by ${ctx.appName} ${ctx.appVersion} on ${ctx.exportedAt.slice(0, 10)} for the All of Us Researcher Workbench.`,
  ];
  for (const e of list.entries) {
    const answers = e.allAnswers ? 'all answers' : `answers ${e.answers.map((a) => `${a.code ?? '?'} (${a.conceptId ?? a.standardConceptId ?? 'no ID'})`).join(', ')}`;
    lines.push(`  ${oneLine(e.code ?? '(no code)')} (${e.conceptId ?? 'no concept ID'}), ${oneLine(e.survey?.name ?? '')}: ${oneLine(answers)}`);
  }
  if (s.unselectable.length) {
    lines.push('Not selectable (the codebook gives no concept ID; none is invented here):');
    for (const u of s.unselectable) lines.push(`  ${oneLine(u.code ?? '(no code)')}${u.survey ? ` (${oneLine(u.survey)})` : ''}: ${u.reason}`);
  }
  return lines;
}

export function listToSql(list: VariableList, ctx: ExportContext): string {
  const s = listSelection(list);
  const cdr = ctx.workspaceCdr ?? null;
  const header = [
    ...headerLines(list, ctx, s),
    cdr
      ? `For the workspace CDR dataset ${cdr} (WORKSPACE_CDR in a Workbench notebook).`
      : `Replace ${CDR_PLACEHOLDER} with your workspace's CDR dataset (WORKSPACE_CDR in a Workbench notebook).`,
  ];
  return header.map((l) => `-- ${l}`).join('\n') + '\n' + selectionQuery(s, cdr ?? CDR_PLACEHOLDER) + ';\n';
}
