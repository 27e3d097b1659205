// The shell: the frame (header, navigation, language choices), the page for the current route,
// and data-app-state on the root (loading | ready | error) for tests and for the next page loads.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { appStateFor, usePageStateStore } from './page-state';
import { Header } from './Header';
import { RouteView } from './routes';
import { startRouteSync, useRouteStore } from './router';
import { useMenuCommands } from './useMenuCommands';
import { listenForPdfIntent, prepareForPdfRoutes } from '../features/pdf/intent';

export function App() {
  const { t } = useTranslation();
  const route = useRouteStore((s) => s.route);
  const hash = useRouteStore((s) => s.hash);
  const page = usePageStateStore();
  const state = appStateFor(hash, page);
  useMenuCommands();
  useEffect(() => prepareForPdfRoutes(), []);
  useEffect(() => startRouteSync(), []);
  useEffect(() => listenForPdfIntent(), []);
  // Move focus to the new page's heading so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (state === 'ready') document.querySelector<HTMLElement>('main h2')?.focus({ preventScroll: true });
  }, [hash, state === 'ready']); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <div className="app" data-app-state={state} data-route={route.name} data-hash={hash}>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('app.skipToContent')}
      </a>
      <Header route={route} />
      <main id="main" tabIndex={-1}>
        {state === 'loading' && (
          <p role="status" className="loading">
            {t('app.loading')}
          </p>
        )}
        {state === 'error' && (
          <p role="alert" className="error">
            {t('app.error', { message: page.message ?? '' })}
          </p>
        )}
        <RouteView route={route} />
      </main>
    </div>
  );
}
