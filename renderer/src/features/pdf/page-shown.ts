// The viewer's first page on screen (or its document failed to open): the moment the work held
// back on entering the PDF route (the search index's background slices) may go on.
let waiting: (() => void) | null = null;

/** Resolves when the viewer next reports its page shown (an earlier wait is released first). */
export function nextPdfPageShown(): Promise<void> {
  waiting?.();
  return new Promise<void>((resolve) => (waiting = resolve));
}

export function pdfPageShown(): void {
  waiting?.();
  waiting = null;
}
