// The answer options as a participant sees them: radio-like for one choice, checkbox-like for
// several, an answer box for free text, numbers and dates. Number keys and arrows work too.
import { useTranslation } from 'react-i18next';
import type { PresentationRow } from '../../../../electron/contract/presentation';
import { shown } from './trainer-text';
import { ShownTexts } from './ShownTexts';
import type { Lang } from './trainer-store';

interface Props {
  row: PresentationRow;
  chosen: number[];
  lang: Lang;
  codes: boolean;
  onPick(answer: number): void;
}

const INPUTS: Record<string, 'inputText' | 'inputNumber' | 'inputDate'> = { text: 'inputText', integer: 'inputNumber', decimal: 'inputNumber', date: 'inputDate' };

export function AnswerList({ row, chosen, lang, codes, onPick }: Props) {
  const { t } = useTranslation('trainer');
  if (row.answers.length === 0) {
    const kind = INPUTS[row.fieldType ?? ''];
    if (!kind) return null;
    // A look only: the trainer demonstrates, nothing typed is kept.
    return <input className="trainer-input" type="text" readOnly aria-label={t('inputLabel')} placeholder={t(kind)} />;
  }
  const multiple = row.fieldType === 'multiple';
  return (
    <div role={multiple ? 'group' : 'radiogroup'} aria-label={t(multiple ? 'answersMultiple' : 'answersSingle')} className="trainer-answers">
      {row.answers.map((a, k) => {
        const on = chosen.includes(k);
        const texts = shown(a.text, lang);
        return (
          <button
            key={k}
            type="button"
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={on}
            className={`trainer-answer${multiple ? ' multiple' : ''}`}
            data-answer-code={a.code ?? ''}
            onClick={() => onPick(k)}
          >
            <span className="trainer-mark" aria-hidden="true" />
            <span className="trainer-key" aria-hidden="true">{k < 9 ? k + 1 : ''}</span>
            <span className="trainer-answer-text">
              {texts.length === 0 && <span>{a.code ?? '—'}</span>}
              <ShownTexts texts={texts} />
              {codes && (
                <code className="trainer-code">
                  {a.code ?? '—'}
                  {a.conceptId !== null && ` · ${t('conceptId')} ${a.conceptId}`}
                  {a.standardConceptId !== null && a.standardConceptId !== a.conceptId && ` · ${t('standardId')} ${a.standardConceptId}`}
                </code>
              )}
            </span>
          </button>
        );
      })}
    </div>
  );
}
