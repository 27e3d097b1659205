// The answers: code, PPI concept ID, standard concept ID and the wording in both languages.
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../electron/contract/models';
import { linkToItem } from '../../app/router';
import { CopyableCode, CopyButton } from '../../components/CopyButton';
import { refKey } from './ItemHeader';
import type { ImportedFacts } from '../../../../electron/contract/imports';
import { AthenaIdNote } from '../imports/AthenaFacts';
import type { ItemRelease } from '../../../../electron/contract/releases';
import { releaseName } from '../releases/release-name';
import { answerGroups, type AnswerGroup } from './answer-groups';

/** `imported`: what the user's Athena download says of these answers' IDs (filled or disagreeing).
 *  `releases`: the item's releases; answers are grouped by the newest release that lists each. */
export function AnswersTable({ answers, imported, releases = [] }: { answers: Answer[]; imported?: ImportedFacts | null; releases?: ItemRelease[] }) {
  const { t } = useTranslation('detail');
  const groups = answerGroups(answers, releases);
  return (
    <section aria-labelledby="answers-title">
      <h3 id="answers-title">{t('answers.title', { count: answers.length })}</h3>
      {groups.length > 1 && (
        <p className="muted" id="answers-by-release">
          {t('answers.byRelease')}
        </p>
      )}
      <table className="data answers" data-testid="answers" aria-describedby={groups.length > 1 ? 'answers-by-release' : undefined}>
        <thead>
          <tr>
            <th scope="col">{t('answers.code')}</th>
            <th scope="col">{t('answers.conceptId')}</th>
            <th scope="col">{t('answers.standardConceptId')}</th>
            <th scope="col">{t('language.en')}</th>
            <th scope="col">{t('language.es')}</th>
          </tr>
        </thead>
        {groups.map((g, n) => (
          <tbody key={n} data-release={g.release?.id ?? ''}>
            {groups.length > 1 && <GroupHeading group={g} />}
            {g.answers.map((a, i) => {
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
        ))}
      </table>
    </section>
  );
}

function GroupHeading({ group }: { group: AnswerGroup }) {
  const { t, i18n } = useTranslation('detail');
  const { t: tr } = useTranslation('releases');
  const r = group.release;
  const name = r && `${r.module} · ${releaseName(r, tr, i18n.language)}`;
  return (
    <tr className="answer-group">
      <th scope="rowgroup" colSpan={5}>
        {name ? t(group.latest ? 'answers.listedIn' : 'answers.lastListedIn', { release: name }) : t('answers.inNoRelease')}
      </th>
    </tr>
  );
}
