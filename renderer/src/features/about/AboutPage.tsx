// About the data (F13, #/about): what this copy of the data is (codebook date, build time, app
// version), the build's coverage figures and counts, and every source file by repository.
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api';
import { usePageData } from '../../app/usePageData';
import { CoverageTables } from './CoverageTables';
import { formatDay } from './format';
import { SourceFiles } from './SourceFiles';
import './about.css';

const load = async () => {
  const [about, info] = await Promise.all([unwrap(api.getAboutData()), unwrap(api.getAppInfo())]);
  return { about, info };
};

export function AboutPage() {
  const { t, i18n } = useTranslation('about');
  const data = usePageData(load, []);
  if (data.state === 'error') return <p role="alert">{data.message}</p>;
  if (data.state !== 'ready') return null;
  const { about, info } = data.data;
  const lng = i18n.resolvedLanguage;
  return (
    <section className="about-page" aria-labelledby="page-title">
      <h2 id="page-title">{t('title')}</h2>
      {about.partial && (
        <div role="alert" className="about-partial" data-testid="partial-build">
          <p>{t('partial.text', { count: about.partial.missing.length })}</p>
          <ul>
            {about.partial.missing.map((m) => (
              <li key={m.id}>
                <code>{m.file}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <dl className="facts" aria-label={t('facts')} data-testid="about-facts">
        <dt>{t('codebookAsOf')}</dt>
        <dd data-testid="codebook-as-of">{formatDay(about.codebookAsOf, lng) ?? t('unknown')}</dd>
        <dt>{t('builtAt')}</dt>
        <dd>{formatDay(about.builtAt, lng) ?? t('unknown')}</dd>
        <dt>{t('version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('mode')}</dt>
        <dd>{t(`modeValue.${info.mode}`)}</dd>
      </dl>
      <CoverageTables about={about} />
      <SourceFiles sources={about.sources} />
    </section>
  );
}
