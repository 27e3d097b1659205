// The highlight boxes a "Show in PDF" link carries (hl=x,top,w,h;...): they survive the route
// round trip, and a malformed or partial hl is dropped whole (the viewer then searches the page).
// The boxes are made up (made-up values, not read from a PDF).
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../../renderer/src/app/router';
import { linkToPdf, pdfParams, type PdfBox } from '../../../renderer/src/features/pdf/links';

const madeUpBoxes: PdfBox[] = [
  [72, 100.5, 400.2, 13.2],
  [72, 114, 120, 13.2],
];

describe('PDF link boxes', () => {
  it('round-trips through the route', () => {
    const href = linkToPdf(12, { page: 7, q: '¿Qué sexo?', boxes: madeUpBoxes });
    expect(href).toContain('hl=72%2C100.5%2C400.2%2C13.2%3B72%2C114%2C120%2C13.2');
    const route = parseRoute(href);
    expect(route).toEqual({ name: 'pdf', doc: '12', page: 7, q: '¿Qué sexo?', boxes: madeUpBoxes });
    expect(formatRoute(route)).toBe(href);
  });

  it('carries boxes only with a page and words to highlight', () => {
    expect(linkToPdf(12, { page: 7, boxes: madeUpBoxes })).toBe('#/pdf/12?page=7');
    expect(linkToPdf(12, { q: 'x', boxes: madeUpBoxes })).toBe('#/pdf/12?q=x');
    expect(pdfParams('q=x&hl=1,2,3,4')).toEqual({ q: 'x' });
  });

  it('drops a malformed hl whole', () => {
    for (const hl of ['1,2,3', '1,2,3,x', '1,2,0,4', '1,2,3,-4', '1,2,3,4;5,6', 'Infinity,1,2,3', ''])
      expect(pdfParams(`page=2&q=x&hl=${encodeURIComponent(hl)}`), hl).toEqual({ page: 2, q: 'x' });
    expect(pdfParams('page=2&q=x&hl=1,2,3,4').boxes).toEqual([[1, 2, 3, 4]]);
  });
});
