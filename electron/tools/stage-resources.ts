// Before packaging: copies the database and the instrument PDFs to build/package-resources/,
// which electron-builder ships as extraResources (the names the packaged app looks for).
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkoutPaths, PACKAGED_DB, PACKAGED_PDFS } from '../shell/data-paths';

const root = resolve(import.meta.dirname, '..', '..');
const out = join(root, 'build', 'package-resources');
const paths = checkoutPaths(root);

if (!existsSync(paths.db)) throw new Error(`no database at ${paths.db}: run \`npm run ensure:db\` first`);
if (!paths.pdfs) throw new Error('instrument PDFs not found: set PPI_SOURCES_DIR or PPI_PDF_DIR');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, PACKAGED_PDFS), { recursive: true });
copyFileSync(paths.db, join(out, PACKAGED_DB));
const pdfs = readdirSync(paths.pdfs).filter((f) => f.toLowerCase().endsWith('.pdf'));
for (const f of pdfs) copyFileSync(join(paths.pdfs, f), join(out, PACKAGED_PDFS, f));
process.stderr.write(`staged ${PACKAGED_DB} and ${pdfs.length} PDFs in ${out}\n`);
