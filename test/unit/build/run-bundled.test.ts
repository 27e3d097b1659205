// The build run bundled (codebooks/run-bundled.mjs, what `npm run build:codebooks` does): each
// module keeps its source location, the entry gets its own arguments, the worker threads run
// from the bundle and give what this thread gives, and the bundle is removed at exit.
// Made-up questions (not from any instrument); the Spanish leaves out the dog question.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { alignDocuments, type AlignDoc, type AlignQuestion, type AlignTask } from '../../../codebooks/merge/spanish-doc-align';
import { Lexicon } from '../../../codebooks/merge/spanish-lexicon';
import { PROJECT_ROOT } from '../../../codebooks/paths';

const pairs: [string, string][] = [
  ['How often do you feed your invented pets?', '¿Con qué frecuencia alimenta a sus mascotas inventadas?'],
  ['Do you walk your invented dog every morning?', '¿Pasea a su perro inventado cada mañana?'],
  ['How many invented cats live in your home?', '¿Cuántos gatos inventados viven en su casa?'],
  ['Does your invented bird sing at night?', '¿Canta su pájaro inventado por la noche?'],
];
const q = (text: string): AlignQuestion => ({ text, answers: 2, footnotes: '', numbers: '', conceptId: null, knownEs: null });
const english: AlignDoc = { name: 'made-up-pets', questions: pairs.map(([en]) => q(en)) };
const spanish: AlignDoc = { name: 'made-up-pets', questions: [0, 2, 3].map((i) => q(pairs[i]![1])) };
const tasks: AlignTask[] = [0, 1, 2].map(() => ({ es: spanish, english: [english] }));

const dir = mkdtempSync(join(tmpdir(), 'ppi-bundled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const bundles = () => (existsSync(join(PROJECT_ROOT, 'build', '.bundled')) ? readdirSync(join(PROJECT_ROOT, 'build', '.bundled')) : []);

describe('the build run bundled', () => {
  it('keeps source locations and arguments, runs its workers from the bundle, and cleans up', () => {
    const job = join(dir, 'made-up-job.json');
    writeFileSync(job, JSON.stringify({ pairs, tasks }));
    const before = bundles();
    const entry = 'test/fixtures/build/made-up-bundled-entry.ts';
    const out = JSON.parse(execFileSync(process.execPath, ['codebooks/run-bundled.mjs', entry, job], { cwd: PROJECT_ROOT, encoding: 'utf8' }));
    expect(out.args).toEqual([job]);
    expect(out.dirname).toBe(resolve(PROJECT_ROOT, 'test/fixtures/build'));
    expect(out.url).toBe(pathToFileURL(resolve(PROJECT_ROOT, entry)).href);
    expect(out.root).toBe(PROJECT_ROOT);
    const worker = out.workers[pathToFileURL(join(PROJECT_ROOT, 'codebooks/merge/spanish-align-worker.ts')).href] as string;
    expect(fileURLToPath(worker)).toMatch(/[/]build[/]\.bundled[/][^/]+[/]codebooks[/]merge[/]spanish-align-worker\.mjs$/);
    expect(existsSync(fileURLToPath(worker))).toBe(false);
    expect(bundles()).toEqual(before);
    const here = alignDocuments(tasks, new Lexicon(pairs));
    expect(here[0]!.pairs.map((p) => [p.en, p.es])).toEqual([
      [0, 0],
      [2, 1],
      [3, 2],
    ]);
    expect(out.alignments).toEqual(here);
  });
});
