// Gets "Show in PDF" ready before the click: once an item page with such links is idle, the
// viewer's code and pdf.js's worker load; when the pointer or the focus reaches a link, its
// document opens (pdfjs.ts keeps it open for the viewer).
export function warmViewer(): void {
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
  idle(
    () => {
      void import('./PdfDocumentPage');
      void import('./pdfjs').then((m) => m.warmUp());
    },
    { timeout: 2000 },
  );
}

export function preopen(url: string): void {
  void import('./pdfjs').then((m) => m.openPdf(url).catch(() => undefined));
}
