// The highlight of a "Show in PDF" link, drawn from the boxes the build stored (where the link's
// words are on the page): up as soon as the page's size is known, before its text is read or
// its canvas painted. The text layer's own highlight replaces it once the page's text is searched.
import { useLayoutEffect, useRef } from 'react';
import type { PageViewport } from 'pdfjs-dist';
import type { PdfBox } from './links';

interface Props {
  boxes: PdfBox[];
  viewport: PageViewport;
  /** The page's height in points (its view box): the boxes' tops are measured down from it. */
  height: number;
}

export function LinkBoxes({ boxes, viewport, height }: Props) {
  const first = useRef<HTMLDivElement>(null);
  const rects = boxes.map(([x, top, w, h]) => {
    // Back to PDF user space (y up), then through the page's viewport (scale, rotation, offset).
    const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([x, height - top, x + w, height - top - h]);
    return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
  });
  useLayoutEffect(() => {
    const el = first.current;
    const page = el?.parentElement;
    if (el && page) centerOn(page, el);
  }, [viewport]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      {rects.map((r, i) => (
        <div key={i} ref={i === 0 ? first : undefined} className="highlight selected pdf-box" data-box={boxes[i]!.join(',')} style={r} />
      ))}
    </>
  );
}

/**
 * Scrolls the pages box (only it, not the window) to put `mark` in its middle, but never above
 * the top of the mark's page: the page shown stays the page counted as current.
 */
export function centerOn(page: HTMLElement, mark: HTMLElement): void {
  const pagesBox = page.parentElement;
  if (!pagesBox) return;
  const boxTop = pagesBox.getBoundingClientRect().top - pagesBox.scrollTop;
  const markTop = mark.getBoundingClientRect().top - boxTop;
  const pageTop = page.getBoundingClientRect().top - boxTop;
  pagesBox.scrollTop = Math.max(pageTop - 8, markTop - pagesBox.clientHeight / 2);
}
