// Text of each page, read once per document and shared by find and the text layer: the text
// layer makes one span per text item, in the same order as the folded runs used by find.
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PDFDocumentProxy } from './pdfjs';
import { findInPage, foldRuns, type FoldedPage, type SpanRange } from './find-text';

export interface PageText {
  content: TextContent;
  folded: FoldedPage;
  /** Where each text item starts, in points from the page's left and top edges (its baseline). */
  origins: { x: number; y: number }[];
}

export interface FindMatch {
  page: number;
  /** Index of the match within its page. */
  index: number;
  ranges: SpanRange[];
}

const perDocument = new WeakMap<PDFDocumentProxy, PageTextCache>();

export class PageTextCache {
  private readonly pages = new Map<number, Promise<PageText>>();
  constructor(private readonly doc: PDFDocumentProxy) {}

  /** One cache per open document: a document opened again finds its pages' text read already. */
  static of(doc: PDFDocumentProxy): PageTextCache {
    let c = perDocument.get(doc);
    if (!c) perDocument.set(doc, (c = new PageTextCache(doc)));
    return c;
  }

  get(page: number): Promise<PageText> {
    let p = this.pages.get(page);
    if (!p) {
      p = this.doc.getPage(page).then(async (pg) => {
        const content = await pg.getTextContent();
        const items = content.items.filter((i): i is TextItem => 'str' in i);
        const runs = items.map((i) => ({ str: i.str, eol: i.hasEOL }));
        // As the build measures its boxes' tops (pdf-items-read.mjs): down from the view box's height.
        const height = pg.view[3]! - pg.view[1]!;
        return { content, folded: foldRuns(runs), origins: items.map((i) => ({ x: i.transform[4] as number, y: height - (i.transform[5] as number) })) };
      });
      this.pages.set(page, p);
    }
    return p;
  }

  /** Every match of a folded query (and its closing marks), page by page; stops early when `isStale()` says a newer search began. */
  async findAll(query: string, isStale: () => boolean, closing = ''): Promise<FindMatch[]> {
    const out: FindMatch[] = [];
    for (let page = 1; page <= this.doc.numPages; page++) {
      if (isStale()) return out;
      const text = await this.get(page);
      findInPage(text.folded, query, closing).forEach((ranges, index) => out.push({ page, index, ranges }));
    }
    return out;
  }
}
