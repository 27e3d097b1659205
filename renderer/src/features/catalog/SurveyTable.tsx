// One catalog group as a table: a row per module. The table takes the translators and formats once
// and hands them to its rows, instead of every row and release list asking for them again.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Survey } from '../../../../electron/contract/models';
import { useFormat } from '../../app/format';
import { linkToSurvey } from '../../app/router';
import { CopyableCode } from '../../components/CopyButton';
import { useDataLabels } from '../../app/data-labels';
import { linkToPdf } from '../pdf/links';
import { releaseName } from '../releases/release-name';

/** Memoized: opening or closing one group leaves the other groups' tables as they are. */
export const SurveyTable = memo(function SurveyTable({ surveys, caption }: { surveys: Survey[]; caption: string }) {
  const { t } = useTranslation('catalog');
  const { t: tr, i18n } = useTranslation('releases');
  const w: RowWords = { t, tr, lang: i18n.language, f: useFormat(), labels: useDataLabels() };
  return (
    <table className="data catalog" data-testid="catalog">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('nameEn')}</th>
          <th scope="col">{t('nameEs')}</th>
          <th scope="col" className="number">{t('questions')}</th>
          <th scope="col" className="number">{t('participants')}</th>
          <th scope="col">{t('versions')}</th>
          <th scope="col">{t('pdfs')}</th>
        </tr>
      </thead>
      <tbody>
        {surveys.map((s) => (
          <SurveyRow key={s.slug} survey={s} w={w} />
        ))}
      </tbody>
    </table>
  );
});

interface RowWords {
  t: TFunction<'catalog'>;
  tr: TFunction<'releases'>;
  lang: string;
  f: ReturnType<typeof useFormat>;
  labels: ReturnType<typeof useDataLabels>;
}

function SurveyRow({ survey: s, w }: { survey: Survey; w: RowWords }) {
  const { t, f, labels } = w;
  const name = s.name.en ?? s.code ?? s.slug;
  return (
    <tr data-testid="survey-row" data-slug={s.slug}>
      <th scope="row" className="survey-name">
        <a href={linkToSurvey(s.slug)} lang={s.name.en ? 'en' : undefined}>
          {name}
        </a>
        <span className="ids">
          {s.code && <CopyableCode value={s.code} what={t('code')} />}
          {s.conceptId !== null && <CopyableCode value={s.conceptId} what={t('conceptId')} />}
        </span>
        {s.description.en && (
          <p className="description" lang="en">
            {s.description.en}
          </p>
        )}
        {s.description.es && (
          <p className="description" lang="es">
            {s.description.es}
          </p>
        )}
      </th>
      <td lang="es">{s.name.es ?? <span className="muted">—</span>}</td>
      <td className="number">{f.number(s.questionCount)}</td>
      <td className="number">{s.participantCount === null ? <span className="muted">{t('unknown')}</span> : f.number(s.participantCount)}</td>
      <td>
        {s.releases?.length ? (
          <ReleaseList slug={s.slug} releases={s.releases} w={w} />
        ) : s.versions.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="plain">
            {s.versions.map((v) => (
              <li key={v.version}>
                <span title={v.version}>{v.label ?? v.version}</span>
                {v.date && <span className="muted"> · {f.date(v.date)}</span>}
                <span className="muted"> · {t('versionQuestions', { count: v.questionCount, formatted: f.number(v.questionCount) })}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {s.pdfs.length === 0 ? (
          <span className="muted">{t('noPdfs')}</span>
        ) : (
          <ul className="plain pdfs">
            {s.pdfs.map((p) => (
              <li key={p.id}>
                <span className="lang-tag">{p.language.toUpperCase()}</span>{' '}
                <a className="code" href={linkToPdf(p.id)}>
                  {p.file}
                </a>
                <span className="muted">
                  {p.edition && ` · ${labels.printedDate(p.edition)}`}
                  {p.version && ` · ${labels.printedDate(p.version)}`}
                  {p.pages !== null && ` · ${t('pages', { count: p.pages, formatted: f.number(p.pages) })}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function ReleaseList({ slug, releases, w }: { slug: string; releases: NonNullable<Survey['releases']>; w: RowWords }) {
  const { tr: t, lang, f } = w;
  return (
    <ul className="plain" data-testid="catalog-releases">
      {releases.map((r) => (
        <li key={r.id}>
          <a href={linkToSurvey(slug, r.id)}>{releaseName(r, t, lang)}</a>
          <span className="muted"> · {t('questions', { count: r.questionCount, formatted: f.number(r.questionCount) })}</span>
        </li>
      ))}
    </ul>
  );
}
