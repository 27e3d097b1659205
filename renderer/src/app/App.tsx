// The shell: header with navigation and UI language, the current page, and data-app-state on
// the root element (loading | ready | error) for tests and for the next page loads.
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../../electron/contract/models';
import type { AppInfo } from '../../../electron/contract/channels';
import { api, unwrap } from '../api';
import { AboutPage } from '../features/about/AboutPage';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { UI_LANGUAGES } from './i18n';
import { useShellStore } from './shell-store';
import { useApiData } from './useApiData';
import { useMenuCommands } from './useMenuCommands';

const loadShell = async (): Promise<{ surveys: Survey[]; info: AppInfo }> => {
  const [surveys, info] = await Promise.all([unwrap(api.listSurveys()), unwrap(api.getAppInfo())]);
  return { surveys, info };
};

export function App() {
  const { t, i18n } = useTranslation();
  const data = useApiData(loadShell);
  const page = useShellStore((s) => s.page);
  const go = useShellStore((s) => s.go);
  useMenuCommands();

  return (
    <div className="app" data-app-state={data.state}>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <nav aria-label={t('nav.label')}>
          <button type="button" aria-current={page === 'catalog' ? 'page' : undefined} onClick={() => go('catalog')}>
            {t('nav.catalog')}
          </button>
          <button type="button" aria-current={page === 'about' ? 'page' : undefined} onClick={() => go('about')}>
            {t('nav.about')}
          </button>
        </nav>
        <label className="ui-language">
          {t('app.uiLanguage')}{' '}
          <select value={i18n.resolvedLanguage} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main>
        {data.state === 'loading' && <p role="status">{t('app.loading')}</p>}
        {data.state === 'error' && (
          <p role="alert" className="error">
            {t('app.error', { message: data.message })}
          </p>
        )}
        {data.state === 'ready' && page === 'catalog' && <CatalogPage surveys={data.data.surveys} />}
        {data.state === 'ready' && page === 'about' && <AboutPage info={data.data.info} />}
      </main>
    </div>
  );
}
