// The pdf route (#/pdf/<document id or file>?page=N&q=...): the document's title, the other
// documents of its survey (languages, editions), and the viewer; a missing or damaged file
// shows a clear message and the rest of the app goes on.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfDocument } from '../../../../electron/contract/models';
import { usePageData } from '../../app/usePageData';
import { linkToPdf, type PdfBox } from './links';
import { openedPdf, openPdf, PdfOpenError, type PDFDocumentProxy, type PDFPageProxy } from './pdfjs';
import { PdfViewer } from './PdfViewer';
import { OtherDocuments, documentLabel } from './OtherDocuments';
import { knownDocument } from './known-documents';
import { pdfDocumentRecord } from './document-record';
import { pdfPageShown } from './page-shown';
import { useDataLabels } from '../../app/data-labels';
import './pdf.css';

// `first`: the linked page, read before the viewer shows: its size lays out the pages and places
// the link's boxes in the viewer's first render (one render, not three in a row).
type Open = { state: 'loading' } | { state: 'ready'; doc: PDFDocumentProxy; first?: PDFPageProxy | null } | { state: 'error'; kind: 'missing' | 'corrupt'; message: string };

function useOpenPdf(url: string | null, page: number): Open {
  // A document opened ahead (an item page's links, warm.ts) shows in the first render: no
  // further render and task after its promise, each a wait for the CPU on a busy machine.
  const [open, setOpen] = useState<Open>(() => {
    const doc = url ? openedPdf(url) : undefined;
    return doc ? { state: 'ready', doc } : { state: 'loading' };
  });
  useEffect(() => {
    if (!url) return;
    let live = true;
    // Documents stay open in pdfjs.ts's cache (the last few), so leaving the page keeps them.
    const opening = openPdf(url);
    const had = openedPdf(url);
    if (had) return void setOpen((o) => (o.state === 'ready' && o.doc === had ? o : { state: 'ready', doc: had }));
    setOpen({ state: 'loading' });
    opening.then(
      async (d) => {
        // The linked page is asked of the worker as the document opens, and the viewer shows with it.
        const first = page >= 1 && page <= d.numPages ? await d.getPage(page).catch(() => null) : null;
        if (live) setOpen({ state: 'ready', doc: d, first });
      },
      (e: unknown) => {
        pdfPageShown(); // no page to wait for
        if (live) setOpen({ state: 'error', kind: e instanceof PdfOpenError ? e.kind : 'corrupt', message: (e as Error).message });
      },
    );
    return () => {
      live = false;
    };
  }, [url]); // eslint-disable-line react-hooks/exhaustive-deps -- the page matters only on opening
  return open;
}

export function PdfDocumentPage({ doc, page, q, boxes }: { doc: string; page?: number; q?: string; boxes?: PdfBox[] }) {
  const { t } = useTranslation('pdf');
  const labels = useDataLabels();
  // A document an item page's link gave whole needs no request first (its file opens at once);
  // else the request made on entering the route (document-record.ts) is taken over.
  const info = usePageData(() => pdfDocumentRecord(doc), [doc], () => knownDocument(doc));
  const meta: PdfDocument | null = info.state === 'ready' ? info.data : null;
  const open = useOpenPdf(meta ? meta.url : null, page ?? 1);
  if (info.state !== 'ready') return null;
  if (!meta) {
    return (
      <section aria-labelledby="page-title" className="pdf-page-view">
        <h2 id="page-title" tabIndex={-1}>{t('notFoundTitle')}</h2>
        <p role="alert" className="error" data-pdf-state="error">
          {t('notFound', { doc })}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="page-title" className="pdf-page-view" data-pdf-state={open.state}>
      <h2 id="page-title" tabIndex={-1}>
        {documentLabel(meta, t, labels.printedDate)}
      </h2>
      <OtherDocuments current={meta} link={(id) => linkToPdf(id, { q })} />
      {open.state === 'loading' && <p role="status">{t('opening')}</p>}
      {open.state === 'error' && (
        <p role="alert" className="error">
          {open.kind === 'missing' ? t('missingFile', { file: meta.file }) : t('corruptFile', { file: meta.file })}
        </p>
      )}
      {open.state === 'ready' && <PdfViewer key={meta.id} doc={open.doc} firstPage={open.first} lang={meta.language} initialPage={page ?? 1} initialQuery={q ?? ''} initialBoxes={boxes ?? null} />}
    </section>
  );
}
