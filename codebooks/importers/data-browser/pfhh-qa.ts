// Data Browser pfhh_qa_metadata.csv: Personal and Family Health History questions with every
// answer's own concept id and label. The labels are "<question> - <answer>" or, for some answers,
// an older wording ("Father Other Health Condition: Liver Condition"); they are kept as given.
import { emptyResult } from '../../model/records';
import { csvRowAt, readCsv, requiredInt, requiredText } from '../../read/csv';
import type { Importer } from '../types';
import { provAt, UniqueRows } from './shared';

const COLUMNS = ['question_concept_id', 'question', 'answer_concept_id', 'answer'] as const;

export const importPfhhQa: Importer = (file) => {
  const table = readCsv(file.path, file.name, { required: COLUMNS });
  const out = emptyResult();
  const module = file.entry.module ?? 'pfhh';
  const unique = new UniqueRows(table, 'answer_concept_id', 'question and answer');
  const questionText = new Map<number, string>();
  const answerSeen = new Set<number>();
  for (const row of table.rows) {
    const question = requiredInt(table, row, 'question_concept_id');
    const answer = requiredInt(table, row, 'answer_concept_id');
    unique.check(row, `${question} → ${answer}`);
    const qText = requiredText(table, row, 'question');
    const label = requiredText(table, row, 'answer');
    const prov = provAt(file, row);
    const known = questionText.get(question);
    if (known === undefined) {
      questionText.set(question, qText);
      out.concepts.push({ kind: 'question', conceptId: question, module, text: { en: qText }, prov });
    } else if (known !== qText) {
      out.notes.push(`${csvRowAt(row)}: question ${question} has different text than on its first row`);
    }
    // Concept 0 is the file's placeholder for a free-text box ("No matching concept", once): no answer.
    if (answer === 0) {
      out.notes.push(`${csvRowAt(row)}: answer concept 0 ("${label}") is a placeholder, not an answer: skipped`);
      continue;
    }
    // One answer concept (e.g. Skip) serves many questions: one concept record, one option each.
    if (!answerSeen.has(answer)) {
      answerSeen.add(answer);
      out.concepts.push({ kind: 'answer', conceptId: answer, module, text: { en: label }, prov });
    }
    // No position: the file's row order is not said to be the instrument's.
    out.options.push({ question: { conceptId: question }, answer: { conceptId: answer }, label: { en: label }, prov });
  }
  return out;
};
