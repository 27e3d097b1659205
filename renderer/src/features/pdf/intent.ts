// The pointer on a link into the PDF viewer, or the focus on one, anywhere in the app: the
// viewer's code and pdf.js's worker start loading then, in the time before the click lands,
// and never on a page where nobody goes near such a link. Once the code is loaded the listeners
// go: every pointer move over the app would otherwise still run this check.
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
