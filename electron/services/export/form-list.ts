// A variable list as an ExportForm. Identifiers, texts and chosen answers come from the list's own
// snapshot (so an export works after the database changes); field type, help text, every answer
// option and branching between questions of the list come from the codebook where the question
// is still in it.
import { showItem } from '../item-detail';
import type { VariableList } from '../lists/schema';
import type { Codebook } from '../store';
import { formFieldType, type ExportForm, type FormQuestion } from './form';

export function listForm(db: Codebook | null, list: VariableList): ExportForm {
  const questions = list.entries.map((e): FormQuestion => {
    const found = db ? showItem(db, String(e.conceptId ?? e.code ?? '')) : null;
    const d = found?.kind === 'question' ? found : null;
    const answers = e.allAnswers || !d ? e.answers : d.answers;
    // The first structured rule (a list has no instrument order to choose by).
    const rule = d?.branching.find((b) => b.answerCodes.length > 0 && (b.parentCode || b.parentConceptId != null));
    return {
      code: e.code,
      conceptId: e.conceptId,
      topic: null,
      text: e.text,
      help: d?.helpText ?? { en: null, es: null },
      fieldType: formFieldType(d?.fieldType ?? null, answers.length),
      answers,
      condition: rule ? { parentCode: rule.parentCode, parentConceptId: rule.parentConceptId, answerCodes: rule.answerCodes, when: rule.when } : null,
      prose: [],
      sources: d
        ? d.sources.flatMap((s) => (s.name === null ? [] : [{ instrument: s.instrument, name: s.name, organization: s.organization, year: s.year, url: s.url, originalText: s.originalText }]))
        : e.sources.map((s) => ({ ...s, organization: null, year: null, url: null, originalText: null })),
      chosen: e.allAnswers ? null : e.answers,
    };
  });
  return { kind: 'list', name: list.name, title: { en: list.name, es: null }, code: null, conceptId: null, release: null, questions };
}
