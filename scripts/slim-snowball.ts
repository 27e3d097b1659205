// The renderer needs two of snowball-stemmers' 24 stemmers (search-stems.ts: English and Spanish),
// but the package is one UMD file of all of them, which no bundler can shake (each stemmer is a
// class made by a call): ~300 kB of the local search's chunk, parsed on the cores that the first
// "Show in PDF" also wants. The renderer's build keeps only the stemmers search-stems.ts makes.
// The other blocks are cut whole, each from its `var <lang>Stemmer = function` to its
// `}(SnowballStemmer);`, and so are their entries in newStemmer's map;
// test/unit/build/slim-snowball.test.ts checks that the slim file stems every word of the
// codebook as the package does.
import type { Plugin } from 'vite';
import { STEMMER_NAMES } from '../codebooks/write/stemmer-names';

export const KEPT_STEMMERS: string[] = Object.values(STEMMER_NAMES);

const FILE = /snowball-stemmers[\\/]snowball-stemmers\.js$/;
const BLOCK = /^ {4}var ([a-z]+)Stemmer = function \(_SnowballStemmer\d*\) \{\n[\s\S]*?^ {4}\}\(SnowballStemmer\);\n/gm;

/** The package's source with only the `keep` stemmers; throws (naming the file) if its layout is not the one known. */
export function slimSnowball(source: string, keep: string[] = KEPT_STEMMERS, file = 'snowball-stemmers.js'): string {
  const found: string[] = [];
  let out = source.replace(BLOCK, (block, lang: string) => (found.push(lang), keep.includes(lang) ? block : ''));
  const cut = found.filter((l) => !keep.includes(l));
  out = out.replace(/^ {12}([a-z]+): \1Stemmer,?\n/gm, (entry, lang: string) => (cut.includes(lang) ? '' : entry));
  const missing = keep.filter((l) => !found.includes(l));
  const left = cut.filter((l) => new RegExp(`\\b${l}Stemmer\\b`).test(out));
  if (missing.length || cut.length === 0 || left.length) {
    throw new Error(`${file}: not the layout slim-snowball knows (stemmers found: ${found.join(', ') || 'none'}; still named after the cut: ${left.join(', ') || 'none'})`);
  }
  // The map's last kept entry may now end with a comma: legal in an object literal.
  return out;
}

/** Vite plugin: the slim file in place of the package's, in the renderer's build only. A build
 *  that bundles the package without slimming it (its file renamed, say) fails, not silently grows. */
export function slimSnowballPlugin(): Plugin {
  let slimmed = false;
  return {
    name: 'ppi-slim-snowball',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      // The file itself; an id with a query (`?commonjs-es-import`) is the CommonJS plugin's proxy of it.
      if (!FILE.test(id)) return null;
      slimmed = true;
      // No source map: the file's kept lines keep their text, and PPI_SOURCEMAP builds are for reading chunks.
      return { code: slimSnowball(code, KEPT_STEMMERS, id), map: null };
    },
    generateBundle(_, bundle) {
      if (slimmed) return;
      const whole = Object.values(bundle).find((c) => c.type === 'chunk' && Object.keys(c.modules).some((m) => m.includes('snowball-stemmers')));
      if (whole) this.error(`snowball-stemmers is in ${whole.fileName} but was not slimmed: its file is no longer at the path scripts/slim-snowball.ts expects`);
    },
  };
}
