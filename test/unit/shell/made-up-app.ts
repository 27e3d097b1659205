// A made-up app folder for the shell tests: renderer/index.html, pdfs/made-up.pdf, and a
// secret.txt beside them that no request may reach.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function madeUpAppDir(extraRendererFiles: Record<string, string> = {}): { dir: string; renderer: string; pdfs: string } {
  const dir = mkdtempSync(join(tmpdir(), 'made-up-renderer-'));
  const renderer = join(dir, 'renderer');
  const pdfs = join(dir, 'pdfs');
  mkdirSync(renderer);
  mkdirSync(pdfs);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>made-up</title>');
  writeFileSync(join(pdfs, 'made-up.pdf'), '%PDF-1.4 made-up');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  for (const [name, text] of Object.entries(extraRendererFiles)) writeFileSync(join(renderer, name), text);
  return { dir, renderer, pdfs };
}
