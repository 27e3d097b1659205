// Which folder serves a path of the app's origin: /pdfs/... from the PDF folder, everything else
// from the built renderer ("/" is index.html). Shared by the app:// protocol and the browser mode.
export interface RouteRoots {
  renderer: string;
  pdfs: string | null;
}

export function routeAppPath(pathname: string, roots: RouteRoots): { root: string | null; path: string } {
  if (pathname.startsWith('/pdfs/')) return { root: roots.pdfs, path: pathname.slice('/pdfs'.length) };
  return { root: roots.renderer, path: pathname === '/' || pathname === '' ? '/index.html' : pathname };
}
