// F13, first cut: what this copy of the data is (the full sources table comes with F13).
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../electron/contract/channels';

export function AboutPage({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      <dl className="facts">
        <dt>{t('about.version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('about.codebookAsOf')}</dt>
        <dd>{info.codebookAsOf ?? t('about.unknown')}</dd>
        <dt>{t('about.builtAt')}</dt>
        <dd>{info.builtAt ?? t('about.unknown')}</dd>
        <dt>{t('about.mode')}</dt>
        <dd>{t(`about.modeValue.${info.mode}`)}</dd>
      </dl>
    </section>
  );
}
