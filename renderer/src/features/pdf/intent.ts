// The pointer on a link into the PDF viewer, or the focus on one, anywhere in the app: the
// viewer's code and pdf.js's worker start loading then, in the time before the click lands,
// and never on a page where nobody goes near such a link.
import { pdfPage } from './route';

const PDF_LINK = 'a[href^="#/pdf/"]';

export function listenForPdfIntent(root: Document = document): () => void {
  const onIntent = (e: Event) => {
    if (e.target instanceof Element && e.target.closest(PDF_LINK)) void pdfPage.preload().catch(() => undefined);
  };
  root.addEventListener('pointerover', onIntent, { passive: true });
  root.addEventListener('focusin', onIntent);
  return () => {
    root.removeEventListener('pointerover', onIntent);
    root.removeEventListener('focusin', onIntent);
  };
}
