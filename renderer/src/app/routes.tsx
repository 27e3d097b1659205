// Route → page. Each page loads its own data and reports its state (usePageData), so the root's
// data-app-state follows the page on screen. The catalog (the first page) is in the main script;
// every other page is its own chunk, loaded when first shown, so the first paint waits for none
// of them (pdf.js alone is most of the renderer's code). The PDF viewer's page is also loaded on
// the intent to open it (features/pdf/intent.ts), and shown without suspending (preloadable-page).
import { lazy, memo, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { pdfPage } from '../features/pdf/route';
import { useReportPageState } from './page-state';
import type { Route, RouteName } from './router';

type PageFor<N extends RouteName> = (props: { route: Extract<Route, { name: N }> }) => ReactNode;

const AboutPage = lazy(() => import('../features/about/AboutPage').then((m) => ({ default: m.AboutPage })));
const DetailPage = lazy(() => import('../features/detail/DetailPage').then((m) => ({ default: m.DetailPage })));
const OutlinePage = lazy(() => import('../features/outline/OutlinePage').then((m) => ({ default: m.OutlinePage })));
const SearchPage = lazy(() => import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })));
const ListsPage = lazy(() => import('../features/lists/ListsPage').then((m) => ({ default: m.ListsPage })));
const SourceDetailPage = lazy(() => import('../features/sources/SourceDetailPage').then((m) => ({ default: m.SourceDetailPage })));
const SourcesPage = lazy(() => import('../features/sources/SourcesPage').then((m) => ({ default: m.SourcesPage })));
const TrainerPage = lazy(() => import('../features/trainer/TrainerPage').then((m) => ({ default: m.TrainerPage })));
const ImportsPage = lazy(() => import('../features/imports/ImportsPage').then((m) => ({ default: m.ImportsPage })));
const AlignPage = lazy(() => import('../features/releases/AlignPage').then((m) => ({ default: m.AlignPage })));
const DiffPage = lazy(() => import('../features/releases/DiffPage').then((m) => ({ default: m.DiffPage })));

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
  survey: ({ route }) => <OutlinePage key={route.slug} slug={route.slug} release={route.release} />,
  item: ({ route }) => <DetailPage key={route.id} id={route.id} />,
  search: ({ route }) => <SearchPage params={route} />,
  sources: () => <SourcesPage />,
  source: ({ route }) => <SourceDetailPage key={route.key} sourceKey={route.key} />,
  about: () => <AboutPage />,
  lists: () => <ListsPage />,
  imports: () => <ImportsPage />,
  present: ({ route: { name: _, slug, ...params } }) => <TrainerPage key={slug} slug={slug} params={params} />,
  pdf: ({ route }) => <pdfPage.Page key={route.doc} doc={route.doc} page={route.page} q={route.q} boxes={route.boxes} />,
  diff: ({ route: { name: _, slug, ...params } }) => <DiffPage key={slug} slug={slug} params={params} />,
  align: ({ route }) => <AlignPage key={route.slug} slug={route.slug} release={route.release} flagged={route.flagged} />,
  'not-found': () => <NotFound />,
};

/** Memoized: the root re-renders when the page reports its state, and the page need not follow. */
export const RouteView = memo(function RouteView({ route }: { route: Route }) {
  const Page = PAGES[route.name] as PageFor<RouteName>;
  // While a page's chunk loads, the root stays "loading" (its page has not reported yet).
  return (
    <Suspense fallback={null}>
      <Page route={route as never} />
    </Suspense>
  );
});
