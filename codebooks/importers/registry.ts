// Which importer reads which source format (the manifest's `format`).
import type { Importer } from './types';

export const IMPORTERS: Readonly<Record<string, Importer>> = {};
