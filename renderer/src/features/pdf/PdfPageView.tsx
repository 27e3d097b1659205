// One page of the viewer: a placeholder of the right size until it scrolls near the view, then a
// canvas, a text layer (selection) and the find highlights. Off-screen pages stay empty.
import { useEffect, useRef, useState } from 'react';
import { TextLayer, type PageViewport } from 'pdfjs-dist';
import { centerOn, LinkBoxes } from './LinkBoxes';
import type { PdfBox } from './links';
import type { PDFDocumentProxy, PDFPageProxy } from './pdfjs';
import type { FindMatch, PageTextCache } from './page-text';
import { useNearView } from './useNearView';

interface Props {
  doc: PDFDocumentProxy;
  texts: PageTextCache;
  lang: string;
  page: number;
  scale: number;
  /** Size of the page in points (page 1's until this page is read). */
  size: { w: number; h: number };
  matches: FindMatch[];
  selected: FindMatch | null;
  label: string;
  /** Render now, near the view or not (the page a link opens). */
  first?: boolean;
  /** Do not render yet (another page renders first). */
  hold?: boolean;
  /** Called once the page and its text layer are shown. */
  onShown?: (page: number) => void;
  /** A link's highlight, where the build found its words on this page (LinkBoxes). */
  boxes?: PdfBox[] | null;
  /** This page, already read (the linked one): its boxes are placed in the first render. */
  proxy?: PDFPageProxy | null;
}

export function PdfPageView({ doc, texts, lang, page, scale, size, matches, selected, label, first, hold, onShown, boxes, proxy }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const near = (useNearView(box) && !hold) || !!first;
  const shown = useRef(onShown);
  shown.current = onShown;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [textDivs, setTextDivs] = useState<HTMLElement[] | null>(null);
  const [own, setOwn] = useState(size);
  const [painted, setPainted] = useState(false);
  const [frame, setFrame] = useState<{ viewport: PageViewport; height: number } | null>(() => (proxy ? frameOf(proxy, scale) : null));
  const [textMarked, setTextMarked] = useState(false);
  // With a link's boxes the highlight needs no text: the canvas is asked for first.
  const paintFirst = useRef(!!boxes?.length);

  useEffect(() => {
    if (!near) return;
    let live = true;
    let renderTask: { cancel(): void; promise: Promise<void> } | null = null;
    let layer: TextLayer | null = null;
    // Without boxes the text is asked for before the painting, so the worker reads it first: the
    // text layer and its highlight go up while the canvas is still being painted underneath.
    let text = paintFirst.current ? null : texts.get(page);
    void (async () => {
      const pg = await doc.getPage(page);
      if (!live) return;
      const base = pg.getViewport({ scale: 1 });
      setOwn((o) => (o.w === base.width && o.h === base.height ? o : { w: base.width, h: base.height }));
      // Kept when the first render placed it at this scale already (no second render of the boxes).
      const f = frameOf(pg, scale);
      setFrame((had) => (had && had.viewport.scale === scale && had.viewport.width === f.viewport.width ? had : f));
      const { viewport } = f;
      const canvas = canvasRef.current!;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      renderTask = pg.render({ canvas, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined });
      const painted = renderTask.promise.then(
        () => live && setPainted(true),
        () => undefined,
      );
      // With boxes the highlight is up already: the text waits for the canvas, not the other way.
      if (!text) await painted;
      const { content } = await (text ??= texts.get(page));
      if (!live || !textRef.current) return;
      textRef.current.replaceChildren();
      layer = new TextLayer({ textContentSource: content, container: textRef.current, viewport });
      await layer.render();
      if (live) setTextDivs(layer.textDivs);
      await painted;
      if (live) shown.current?.(page);
    })();
    return () => {
      live = false;
      renderTask?.cancel();
      layer?.cancel();
      setTextDivs(null);
      setPainted(false);
      setFrame(null);
    };
  }, [doc, texts, page, scale, near]);

  // Highlights: rebuild the spans that hold a match; the selected one is scrolled into view.
  useEffect(() => {
    if (!textDivs) return;
    const originals = texts.get(page);
    void originals.then(({ content }) => {
      const strs = content.items.filter((i) => 'str' in i).map((i) => (i as { str: string }).str);
      textDivs.forEach((div, i) => {
        if (div.dataset.marked) (div.textContent = strs[i] ?? ''), delete div.dataset.marked;
      });
      const byItem = new Map<number, { start: number; end: number; selected: boolean }[]>();
      for (const m of matches) {
        for (const r of m.ranges) byItem.set(r.item, [...(byItem.get(r.item) ?? []), { ...r, selected: m === selected }]);
      }
      for (const [item, ranges] of byItem) markSpan(textDivs[item], strs[item] ?? '', ranges);
      const mark = selected ? textRef.current?.querySelector<HTMLElement>('.highlight.selected') : null;
      setTextMarked(!!mark);
      if (mark && box.current) centerOn(box.current, mark);
    });
  }, [textDivs, matches, selected, page, texts]);

  const w = own.w * scale;
  const h = own.h * scale;
  return (
    <div ref={box} className="pdf-page" data-page={page} data-rendered={textDivs ? 'true' : 'false'} data-painted={painted ? 'true' : 'false'} role="region" aria-label={label} style={{ width: w, height: h }}>
      {near && <canvas ref={canvasRef} style={{ width: w, height: h }} aria-hidden="true" />}
      <div ref={textRef} className="textLayer" lang={lang} style={{ ['--total-scale-factor' as string]: scale }} />
      {boxes && frame && !textMarked && <LinkBoxes boxes={boxes} viewport={frame.viewport} height={frame.height} />}
    </div>
  );
}

function frameOf(pg: PDFPageProxy, scale: number): { viewport: PageViewport; height: number } {
  return { viewport: pg.getViewport({ scale }), height: pg.view[3]! - pg.view[1]! };
}

function markSpan(div: HTMLElement | undefined, str: string, ranges: { start: number; end: number; selected: boolean }[]) {
  if (!div) return;
  ranges.sort((a, b) => a.start - b.start);
  const parts: Node[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parts.push(document.createTextNode(str.slice(at, r.start)));
    const mark = document.createElement('span');
    mark.className = r.selected ? 'highlight selected' : 'highlight';
    mark.textContent = str.slice(Math.max(at, r.start), r.end);
    parts.push(mark);
    at = Math.max(at, r.end);
  }
  if (at < str.length) parts.push(document.createTextNode(str.slice(at)));
  div.replaceChildren(...parts);
  div.dataset.marked = '1';
}
