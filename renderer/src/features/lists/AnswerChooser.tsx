// Checkboxes for a question's answers, as the codebook has them now: all, or only some.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';
import { Worded } from '../../components/Worded';

export const answerKey = (a: Pick<Answer, 'code' | 'conceptId'>) => a.code ?? (a.conceptId != null ? String(a.conceptId) : null);

/** The answers of a question, loaded when shown (null while loading). */
export function useAnswers(item: string, given?: Answer[]): Answer[] | null {
  const [answers, setAnswers] = useState<Answer[] | null>(given ?? null);
  useEffect(() => {
    if (given) return;
    let live = true;
    unwrap(api.showItem(item)).then((d) => live && setAnswers(d?.kind === 'question' ? d.answers : []), () => live && setAnswers([]));
    return () => void (live = false);
  }, [item, given]);
  return answers;
}

export function AnswerChecklist({ answers, chosen, onChange, legend }: { answers: Answer[]; chosen: Set<string>; onChange(next: Set<string>): void; legend: string }) {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'es' ? 'es' : 'en';
  return (
    <fieldset className="answer-checklist">
      <legend>{legend}</legend>
      {answers.map((a) => {
        const key = answerKey(a);
        if (!key) return null;
        return (
          <label key={key}>
            <input
              type="checkbox"
              checked={chosen.has(key)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(key);
                else next.delete(key);
                onChange(next);
              }}
            />{' '}
            {/* An answer some release names by ID only shows its ID, so two alike wordings are told apart. */}
            <Worded text={a.text} lang={lang} fallback={key} /> <code>{a.code ?? a.conceptId}</code>
          </label>
        );
      })}
    </fieldset>
  );
}
