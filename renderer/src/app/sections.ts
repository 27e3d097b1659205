// The main navigation's sections, shared by the header and the static shell (boot-shell.ts).
import { formatRoute } from './router';

export const SECTIONS = [
  { id: 'surveys', href: formatRoute({ name: 'surveys' }), label: 'nav.catalog' },
  { id: 'search', href: formatRoute({ name: 'search', q: '' }), label: 'nav.search' },
  { id: 'sources', href: formatRoute({ name: 'sources' }), label: 'nav.sources' },
  { id: 'imports', href: formatRoute({ name: 'imports' }), label: 'nav.imports' },
  { id: 'about', href: formatRoute({ name: 'about' }), label: 'nav.about' },
] as const;
