// The pointer on a link into the PDF viewer, or the focus on one, anywhere in the app: the
// viewer's code and pdf.js's worker start loading then, in the time before the click lands,
// and never on a page where nobody goes near such a link. Once the code is loaded the listeners
// go: every pointer move over the app would otherwise still run this check.
// Entering the PDF route starts everything its first page needs at once, before React renders
// it: the viewer's code, the worker, the document's record and its file (document-record.ts);
// the search index's loading in the background waits until that page is shown.
import { holdBackground } from '../../app/idle-slices';
import { useRouteStore, type Route } from '../../app/router';
import { prefetchPdfDocument } from './document-record';
import { nextPdfPageShown } from './page-shown';
import { pdfPage } from './route';

const PDF_LINK = 'a[href^="#/pdf/"]';

export function listenForPdfIntent(root: Document = document): () => void {
  const stop = () => {
    root.removeEventListener('pointerover', onIntent);
    root.removeEventListener('focusin', onIntent);
  };
  function onIntent(e: Event) {
    if (e.target instanceof Element && e.target.closest(PDF_LINK)) void pdfPage.preload().then(stop, () => undefined);
  }
  root.addEventListener('pointerover', onIntent, { passive: true });
  root.addEventListener('focusin', onIntent);
  // Loaded another way (an item page's idle warm-up, the route itself): not needed any more.
  void pdfPage.loaded.then(stop);
  return stop;
}

function prepare(route: Route): void {
  if (route.name !== 'pdf') return;
  void pdfPage.preload().catch(() => undefined); // the page itself reports a failed load
  prefetchPdfDocument(route.doc);
  holdBackground(nextPdfPageShown());
}

/**
 * Follows the route store: its listeners run as the route changes, before React renders the
 * new page (the render of a route change is itself a task of tens of ms on a busy machine).
 */
export function prepareForPdfRoutes(): () => void {
  prepare(useRouteStore.getState().route);
  const sameDocument = (a: Route, b: Route) => a.name === 'pdf' && b.name === 'pdf' && a.doc === b.doc;
  return useRouteStore.subscribe((s, prev) => !sameDocument(s.route, prev.route) && prepare(s.route));
}
