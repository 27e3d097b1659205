// Page thumbnails: each drawn small only when it scrolls into the sidebar's view.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from './pdfjs';
import { useNearView } from './useNearView';

const THUMB_WIDTH = 110;

function Thumb({ doc, page, current, onPick }: { doc: PDFDocumentProxy; page: number; current: boolean; onPick(page: number): void }) {
  const { t } = useTranslation('pdf');
  const ref = useRef<HTMLButtonElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const near = useNearView(ref, '200px 0px');
  useEffect(() => {
    if (!near || !canvas.current) return;
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    let live = true;
    void doc.getPage(page).then((pg) => {
      if (!live || !canvas.current) return;
      const viewport = pg.getViewport({ scale: THUMB_WIDTH / pg.getViewport({ scale: 1 }).width });
      canvas.current.width = Math.floor(viewport.width);
      canvas.current.height = Math.floor(viewport.height);
      task = pg.render({ canvas: canvas.current, viewport });
      task.promise.catch(() => undefined);
    });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, page, near]);
  return (
    <li>
      <button ref={ref} type="button" className="pdf-thumb" aria-current={current ? 'page' : undefined} onClick={() => onPick(page)} aria-label={t('thumbnail', { page })}>
        <canvas ref={canvas} aria-hidden="true" />
        <span aria-hidden="true">{page}</span>
      </button>
    </li>
  );
}

export function Thumbnails({ doc, current, onPick }: { doc: PDFDocumentProxy; current: number; onPick(page: number): void }) {
  const { t } = useTranslation('pdf');
  const pages = Array.from({ length: doc.numPages }, (_, i) => i + 1);
  return (
    <nav className="pdf-thumbs" aria-label={t('thumbnails')}>
      <ol>
        {pages.map((p) => (
          <Thumb key={p} doc={doc} page={p} current={p === current} onPick={onPick} />
        ))}
      </ol>
    </nav>
  );
}
