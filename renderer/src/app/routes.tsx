// Route → page. Each page loads its own data and reports its state (usePageData), so the root's
// data-app-state follows the page on screen.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api';
import { AboutPage } from '../features/about/AboutPage';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { DetailPage } from '../features/detail/DetailPage';
import { OutlinePage } from '../features/outline/OutlinePage';
import { useReportPageState } from './page-state';
import type { Route, RouteName } from './router';
import { usePageData } from './usePageData';

type PageFor<N extends RouteName> = (props: { route: Extract<Route, { name: N }> }) => ReactNode;

/** Shown where a route's page is not written yet, or the route is unknown. */
function NotFound() {
  const { t } = useTranslation();
  useReportPageState('ready');
  return (
    <section aria-labelledby="page-title">
      <h2 id="page-title">{t('app.notFound')}</h2>
      <p>
        <a href="#/surveys">{t('nav.catalog')}</a>
      </p>
    </section>
  );
}

function AboutRoute() {
  const data = usePageData(() => unwrap(api.getAppInfo()), []);
  return data.state === 'ready' ? <AboutPage info={data.data} /> : null;
}

export const PAGES: { [N in RouteName]: PageFor<N> } = {
  surveys: () => <CatalogPage />,
  survey: ({ route }) => <OutlinePage key={route.slug} slug={route.slug} />,
  item: ({ route }) => <DetailPage key={route.id} id={route.id} />,
  search: () => <NotFound />,
  sources: () => <NotFound />,
  source: () => <NotFound />,
  about: () => <AboutRoute />,
  'not-found': () => <NotFound />,
};

export function RouteView({ route }: { route: Route }) {
  const Page = PAGES[route.name] as PageFor<RouteName>;
  return <Page route={route as never} />;
}
