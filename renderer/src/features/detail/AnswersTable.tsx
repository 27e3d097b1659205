// The answers: code, PPI concept ID, standard concept ID and the wording in both languages.
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../electron/contract/models';
import { linkToItem } from '../../app/router';
import { CopyableCode, CopyButton } from '../../components/CopyButton';
import { refKey } from './ItemHeader';
import type { ImportedFacts } from '../../../../electron/contract/imports';
import { AthenaIdNote } from '../imports/AthenaFacts';

/** `imported`: what the user's Athena download says of these answers' IDs (filled or disagreeing). */
export function AnswersTable({ answers, imported }: { answers: Answer[]; imported?: ImportedFacts | null }) {
  const { t } = useTranslation('detail');
  return (
    <section aria-labelledby="answers-title">
      <h3 id="answers-title">{t('answers.title', { count: answers.length })}</h3>
      <table className="data answers" data-testid="answers">
        <thead>
          <tr>
            <th scope="col">{t('answers.code')}</th>
            <th scope="col">{t('answers.conceptId')}</th>
            <th scope="col">{t('answers.standardConceptId')}</th>
            <th scope="col">{t('language.en')}</th>
            <th scope="col">{t('language.es')}</th>
          </tr>
        </thead>
        <tbody>
          {answers.map((a, i) => {
            const key = refKey(a);
            const fact = imported?.answers.find((f) => f.code === a.code);
            return (
              <tr key={i} data-code={a.code ?? ''}>
                <th scope="row">
                  {a.code && key ? (
                    <span className="copyable">
                      <a href={linkToItem(key)}>
                        <code>{a.code}</code>
                      </a>
                      <CopyButton value={a.code} what={t('answers.code')} />
                    </span>
                  ) : (
                    <CopyableCode value={a.code} what={t('answers.code')} />
                  )}
                </th>
                <td data-testid="answer-concept-id">
                  {(a.conceptId !== null || fact?.status !== 'filled') && <CopyableCode value={a.conceptId} what={t('answers.conceptId')} />}
                  {fact && imported && <AthenaIdNote fact={fact} facts={imported} />}
                </td>
                <td>
                  <CopyableCode value={a.standardConceptId} what={t('answers.standardConceptId')} />
                </td>
                <td lang="en">
                  {a.text.en ?? <span className="muted">{a.text.es ? '—' : t('labelUnknown', { id: a.conceptId ?? a.code })}</span>}
                </td>
                <td lang="es">{a.text.es ?? <span className="muted">—</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
