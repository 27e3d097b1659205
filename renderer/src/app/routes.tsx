// Route → page. Each page loads its own data and reports its state (usePageData), so the root's
// data-app-state follows the page on screen.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AboutPage } from '../features/about/AboutPage';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { DetailPage } from '../features/detail/DetailPage';
import { OutlinePage } from '../features/outline/OutlinePage';
import { PdfDocumentPage } from '../features/pdf/PdfDocumentPage';
import { SearchPage } from '../features/search/SearchPage';
import { ListsPage } from '../features/lists/ListsPage';
import { ImportsPage } from '../features/imports/ImportsPage';
import { SourceDetailPage } from '../features/sources/SourceDetailPage';
import { SourcesPage } from '../features/sources/SourcesPage';
import { TrainerPage } from '../features/trainer/TrainerPage';
import { useReportPageState } from './page-state';
import type { Route, RouteName } from './router';

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

export const PAGES: { [N in RouteName]: PageFor<N> } = {
  surveys: () => <CatalogPage />,
  survey: ({ route }) => <OutlinePage key={route.slug} slug={route.slug} />,
  item: ({ route }) => <DetailPage key={route.id} id={route.id} />,
  search: ({ route }) => <SearchPage params={route} />,
  sources: () => <SourcesPage />,
  source: ({ route }) => <SourceDetailPage key={route.key} sourceKey={route.key} />,
  about: () => <AboutPage />,
  lists: () => <ListsPage />,
  imports: () => <ImportsPage />,
  present: ({ route: { name: _, slug, ...params } }) => <TrainerPage key={slug} slug={slug} params={params} />,
  pdf: ({ route }) => <PdfDocumentPage key={route.doc} doc={route.doc} page={route.page} q={route.q} />,
  'not-found': () => <NotFound />,
};

export function RouteView({ route }: { route: Route }) {
  const Page = PAGES[route.name] as PageFor<RouteName>;
  return <Page route={route as never} />;
}
