// One source instrument (#/sources/<key>): what it is, where each survey cites it, and every
// question derived from it with the All of Us wording beside the original source wording.
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api';
import { linkToItem, linkToSurvey } from '../../app/router';
import { shownLanguages, useShellStore } from '../../app/shell-store';
import { usePageData } from '../../app/usePageData';
import { CopyableCode } from '../../components/CopyButton';
import { CitationTable } from './CitationTable';
import './sources.css';

export function SourceDetailPage({ sourceKey }: { sourceKey: string }) {
  const { t } = useTranslation('sources');
  const langs = shownLanguages(useShellStore((s) => s.contentLanguage));
  const data = usePageData(() => unwrap(api.showInstrument(sourceKey)), [sourceKey]);
  if (data.state === 'error') return <p role="alert">{data.message}</p>;
  if (data.state !== 'ready') return null;
  const ins = data.data;
  if (!ins)
    return (
      <section aria-labelledby="page-title">
        <h2 id="page-title">{t('detail.notFound', { key: sourceKey })}</h2>
        <a href="#/sources">{t('detail.back')}</a>
      </section>
    );
  return (
    <section className="source-detail" aria-labelledby="page-title">
      <p>
        <a href="#/sources">← {t('detail.back')}</a>
      </p>
      <h2 id="page-title">{ins.name}</h2>
      <dl className="facts">
        {ins.shortName && (
          <>
            <dt>{t('detail.shortName')}</dt>
            <dd>{ins.shortName}</dd>
          </>
        )}
        {ins.aliases.length > 0 && (
          <>
            <dt>{t('detail.aliases')}</dt>
            {/* Names as the English sources write them. */}
            <dd data-testid="instrument-aliases" lang="en">
              {ins.aliases.join('; ')}
            </dd>
          </>
        )}
        <dt>{t('detail.organization')}</dt>
        <dd>{ins.organization ?? '—'}</dd>
        <dt>{t('detail.year')}</dt>
        <dd>{ins.year ?? '—'}</dd>
        <dt>{t('detail.url')}</dt>
        <dd>
          {ins.url ? (
            <a href={ins.url} target="_blank" rel="noreferrer noopener">
              {ins.url}
            </a>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('detail.key')}</dt>
        <dd>
          <CopyableCode value={ins.key} what={t('detail.key')} />
        </dd>
        <dt>{t('detail.surveys')}</dt>
        <dd className="survey-links">
          {ins.surveys.map((s) => (
            <a key={s} href={linkToSurvey(s)}>
              {s}
            </a>
          ))}
        </dd>
      </dl>
      {ins.description && (
        <>
          <h3>{t('detail.description')}</h3>
          <p className="description" lang="en">
            {ins.description}
          </p>
        </>
      )}
      <CitationTable citations={ins.citations} />
      <h3>{t('detail.questions', { count: ins.questions.length })}</h3>
      <table className="derived-questions" data-testid="derived-questions">
        <thead>
          <tr>
            <th scope="col">{t('detail.qCode')}</th>
            <th scope="col">{t('detail.qConceptId')}</th>
            <th scope="col">{t('detail.qSurvey')}</th>
            <th scope="col">{t('detail.qWording')}</th>
            <th scope="col">{t('detail.qOriginal')}</th>
          </tr>
        </thead>
        <tbody>
          {ins.questions.map((q, i) => (
            <tr key={`${q.code ?? q.conceptId ?? i}-${i}`} data-testid="derived-question" data-code={q.code ?? ''}>
              <td>
                {q.code || q.conceptId ? <a href={linkToItem(q.code ?? String(q.conceptId))}>{q.code ?? q.conceptId}</a> : '—'}
              </td>
              <td>
                <CopyableCode value={q.conceptId} what={t('detail.qConceptId')} />
              </td>
              <td>{q.survey ? <a href={linkToSurvey(q.survey.slug)}>{q.survey.name ?? q.survey.slug}</a> : '—'}</td>
              <td>
                {langs.map((l) => (
                  <p key={l} lang={l} className="wording">
                    {q.text[l] ?? '—'}
                  </p>
                ))}
              </td>
              <td lang="en" className="original" data-testid="original-wording">
                {q.originalText ?? <span className="muted">{t('detail.noOriginal')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
