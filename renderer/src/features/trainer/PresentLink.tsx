// The way into trainer mode from the outline or the catalog: a link styled as a button.
import { useTranslation } from 'react-i18next';
import { linkToPresent } from '../../app/router';

export function PresentLink({ slug, name, code, release }: { slug: string; name: string; code?: string; release?: string }) {
  const { t } = useTranslation('trainer');
  return (
    <a className="present-link" href={linkToPresent(slug, { ...(code ? { q: code } : {}), ...(release ? { release } : {}) })} aria-label={t('presentLabel', { name })}>
      ▶ {t('present')}
    </a>
  );
}
