// The PDF viewer: toolbar (pages, zoom, find, thumbnails), the pages rendered lazily, and the
// keyboard: PageUp/PageDown, Home/End, Ctrl/Cmd+F, Ctrl/Cmd +/-.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FindBar } from './FindBar';
import type { PdfBox } from './links';
import { PageTextCache, type FindMatch } from './page-text';
import { PdfPageView } from './PdfPageView';
import type { PDFDocumentProxy, PDFPageProxy } from './pdfjs';
import { pdfPageShown } from './page-shown';
import { PdfToolbar } from './PdfToolbar';
import { Thumbnails } from './Thumbnails';
import { useFind } from './useFind';
import { scaleFor, stepZoom, type Zoom } from './zoom';

/** One empty list for every page without matches, so those pages' highlight effect stays idle. */
const NO_MATCHES: FindMatch[] = [];

interface Props {
  doc: PDFDocumentProxy;
  /** The document's language: its text layer is content in that language, not interface text. */
  lang: string;
  initialPage: number;
  initialQuery: string;
  /** Where the link's words are on its page (found by the build): drawn before the page's text is read. */
  initialBoxes?: PdfBox[] | null;
  /** The linked page, if already read: the pages and the boxes go up in the first render. */
  firstPage?: PDFPageProxy | null;
}

export function PdfViewer({ doc, lang, initialPage, initialQuery, initialBoxes = null, firstPage = null }: Props) {
  const { t } = useTranslation('pdf');
  const pagesRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const texts = useMemo(() => PageTextCache.of(doc), [doc]);
  const startPage = Math.min(Math.max(1, initialPage), doc.numPages);
  const had = firstPage?.pageNumber === startPage ? firstPage : null;
  const [size, setSize] = useState<{ w: number; h: number } | null>(() => had && sizeOf(had));
  // The pages box, measured before any page is laid out: a scale computed from a guessed width
  // would move every page once the real width is known, and a linked page with them.
  const [view, setView] = useState<{ w: number; h: number } | null>(null);
  const [zoom, setZoom] = useState<Zoom>({ kind: 'fit-width' });
  const [current, setCurrent] = useState(startPage);
  const [findOpen, setFindOpen] = useState(initialQuery !== '');
  const [thumbs, setThumbs] = useState(false);
  // A linked page renders first, alone; the other pages wait until it is shown, and so does the
  // search of the rest of the document (the page index already knows the page).
  const [focus, setFocus] = useState<number | null>(initialPage > 1 || initialQuery !== '' ? startPage : null);
  const focusShown = useMemo(() => deferred(), []);
  const find = useFind(texts, initialQuery, startPage, focusShown.promise, !!initialBoxes?.length, initialBoxes?.[0] ?? null);
  // The link's boxes stay until the reader searches for something else or steps to another match.
  const [linkBoxes, setLinkBoxes] = useState(initialBoxes);
  const onShown = useCallback(
    (page: number) => {
      pdfPageShown();
      if (page !== focus) return;
      setFocus(null);
      focusShown.resolve();
    },
    [focus, focusShown],
  );

  // The placeholders take the linked page's size: pdf.js keeps that page, which renders next.
  useEffect(() => {
    if (!had) void doc.getPage(startPage).then((p) => setSize(sizeOf(p)));
  }, [doc]); // eslint-disable-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = pagesRef.current;
    if (!el) return;
    const measure = () => setView({ w: el.clientWidth, h: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const scale = size && view ? scaleFor(zoom, size.w, size.h, view.w, view.h) : 1;
  const currentRef = useRef(startPage);
  currentRef.current = current;

  const goTo = useCallback(
    (page: number) => {
      const p = Math.min(Math.max(1, page), doc.numPages);
      setCurrent(p);
      // Scroll the pages box only (scrollIntoView would scroll the whole window too).
      const box = pagesRef.current;
      const el = box?.querySelector<HTMLElement>(`[data-page="${p}"]`);
      if (box && el) box.scrollTop = el.offsetTop - 8; // .pdf-pages is the offset parent
    },
    [doc],
  );
  // Open at the linked page once the placeholders have their size, and keep the current page
  // in view when the scale changes (zoom, a resized window), before the browser paints.
  useLayoutEffect(() => {
    if (size && view && (currentRef.current > 1 || pagesRef.current?.scrollTop)) goTo(currentRef.current);
  }, [size, scale]); // eslint-disable-line react-hooks/exhaustive-deps
  // Keep the page of a selected match in view.
  useEffect(() => {
    if (find.selected) goTo(find.selected.page);
  }, [find.selected]); // eslint-disable-line react-hooks/exhaustive-deps

  const onScroll = () => {
    const el = pagesRef.current;
    if (!el) return;
    const mid = el.scrollTop + el.clientHeight / 3;
    for (const child of el.querySelectorAll<HTMLElement>('[data-page]')) {
      if (child.offsetTop + child.offsetHeight > mid) return setCurrent(Number(child.dataset.page));
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const inField = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
      if (mod && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        setFindOpen(true);
        setTimeout(() => findRef.current?.select(), 0);
      } else if (mod && (e.key === '+' || e.key === '=')) (e.preventDefault(), setZoom(stepZoom(scale, 1)));
      else if (mod && e.key === '-') (e.preventDefault(), setZoom(stepZoom(scale, -1)));
      else if (inField) return;
      else if (e.key === 'PageDown') (e.preventDefault(), goTo(current + 1));
      else if (e.key === 'PageUp') (e.preventDefault(), goTo(current - 1));
      else if (e.key === 'Home') (e.preventDefault(), goTo(1));
      else if (e.key === 'End') (e.preventDefault(), goTo(doc.numPages));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scale, current, goTo, doc]);

  const pages = Array.from({ length: doc.numPages }, (_, i) => i + 1);
  return (
    <div className="pdf-viewer" data-current-page={current} data-scale={scale.toFixed(3)}>
      <PdfToolbar
        page={current}
        pages={doc.numPages}
        onPage={goTo}
        zoom={zoom}
        scale={scale}
        onZoom={setZoom}
        thumbs={thumbs}
        onThumbs={() => setThumbs((x) => !x)}
        onFind={() => (setFindOpen(true), setTimeout(() => findRef.current?.focus(), 0))}
      />
      {findOpen && (
        <FindBar
          ref={findRef}
          query={find.query}
          onQuery={(q) => (setLinkBoxes(null), find.setQuery(q))}
          count={find.matches.length}
          selected={find.selectedIndex}
          searching={find.searching}
          onStep={(d) => (setLinkBoxes(null), find.step(d))}
          onClose={() => (setLinkBoxes(null), setFindOpen(false), find.setQuery(''))}
        />
      )}
      <div className="pdf-body">
        {thumbs && <Thumbnails doc={doc} current={current} onPick={goTo} />}
        <div ref={pagesRef} className="pdf-pages" onScroll={onScroll} tabIndex={0} aria-label={t('pagesRegion')}>
          {size &&
            view &&
            pages.map((p) => (
              <PdfPageView
                key={p}
                doc={doc}
                texts={texts}
                lang={lang}
                page={p}
                scale={scale}
                size={size}
                first={p === focus}
                hold={focus !== null && p !== focus}
                onShown={onShown}
                matches={find.byPage.get(p) ?? NO_MATCHES}
                selected={find.selected?.page === p ? find.selected : null}
                boxes={p === startPage ? linkBoxes : null}
                proxy={p === startPage ? had : null}
                label={t('pageLabel', { page: p, pages: doc.numPages })}
              />
            ))}
        </div>
      </div>
    </div>
  );
}

function sizeOf(p: PDFPageProxy): { w: number; h: number } {
  const v = p.getViewport({ scale: 1 });
  return { w: v.width, h: v.height };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
