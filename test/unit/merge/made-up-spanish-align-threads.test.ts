// The Spanish PDFs' alignment shared with worker threads gives what this thread alone gives, task
// by task, whoever aligned each one. Made-up questions (not from any instrument).
import { describe, expect, it } from 'vitest';
import { alignOnThreads, alignUnits, assembleUnits, UnitRunner } from '../../../codebooks/merge/spanish-align-threads';
import { alignDocuments, type AlignDoc, type AlignQuestion, type AlignTask } from '../../../codebooks/merge/spanish-doc-align';
import { Lexicon } from '../../../codebooks/merge/spanish-lexicon';

const pairs: [string, string][] = [
  ['How often do you feed your invented pets?', '¿Con qué frecuencia alimenta a sus mascotas inventadas?'],
  ['Do you walk your invented dog every morning?', '¿Pasea a su perro inventado cada mañana?'],
  ['How many invented cats live in your home?', '¿Cuántos gatos inventados viven en su casa?'],
  ['Does your invented bird sing at night?', '¿Canta su pájaro inventado por la noche?'],
  ['Never', 'Nunca'],
  ['Every day', 'Todos los días'],
];
const q = (text: string, answers = 2, knownEs: string | null = null): AlignQuestion => ({ text, answers, footnotes: '', numbers: '', conceptId: null, knownEs });
const english: AlignDoc = { name: 'made-up-pets', questions: pairs.slice(0, 4).map(([en]) => q(en)) };
const otherEdition: AlignDoc = { name: 'made-up-pets-2019', questions: pairs.slice(1, 4).map(([en]) => q(en, 3)) };
// The Spanish PDF leaves out the dog question and words the others as their pairs do.
const spanish: AlignDoc = { name: 'made-up-pets', questions: [0, 2, 3].map((i) => q(pairs[i]![1])) };
const tasks: AlignTask[] = Array.from({ length: 6 }, (_, k) => ({
  es: k % 2 ? spanish : { ...spanish, name: 'made-up-other' },
  english: k % 3 ? [otherEdition, english] : [english],
}));

describe('Spanish alignment on worker threads', () => {
  it('gives each task the alignment this thread gives it', () => {
    const lexicon = new Lexicon(pairs);
    const here = alignDocuments(tasks, lexicon);
    // Not trivial: the twin edition is chosen and the omitted question shifts nothing.
    expect(here[1]).toMatchObject({ doc: 1, twin: true });
    expect(here[1]!.pairs.map((p) => [p.en, p.es])).toEqual([
      [0, 0],
      [2, 1],
      [3, 2],
    ]);
    expect(alignOnThreads(tasks, pairs, new Lexicon(pairs), { thisThread: false })).toEqual(here);
    expect(alignOnThreads(tasks, pairs, new Lexicon(pairs))).toEqual(here);
  });

  it('cuts a task larger than a share into row bands and aligns it as this thread does', () => {
    // One long made-up survey (its questions numbered) beside the small tasks: it costs more than a
    // share of the whole, so its score matrix is made in bands, by whichever threads take them.
    const long = (lang: 'en' | 'es', skip: number) =>
      Array.from({ length: 60 }, (_, i) => i)
        .filter((i) => i !== skip)
        .map((i) => q(`${pairs[i % 4]![lang === 'en' ? 0 : 1]} (${i + 1})`, 2 + (i % 3)));
    const big: AlignTask = { es: { name: 'made-up-long', questions: long('es', 17) }, english: [{ name: 'made-up-long', questions: long('en', -1) }] };
    const all = [...tasks, big];
    const units = alignUnits(all, 2);
    const bands = units.filter((u) => u.task === all.length - 1);
    expect(bands.length).toBeGreaterThan(1);
    // The bands cover the English questions' rows once each, in order.
    const rows = bands.map((u) => u.rows!).sort((a, b) => a[0] - b[0]);
    expect(rows[0]![0]).toBe(0);
    expect(rows.at(-1)![1]).toBe(60);
    rows.slice(1).forEach((r, i) => expect(r[0]).toBe(rows[i]![1]));
    expect(units.filter((u) => u.rows === null).map((u) => u.task).sort()).toEqual(tasks.map((_, i) => i));

    const here = alignDocuments(all, new Lexicon(pairs));
    // Not trivial: the Spanish question left out (the 18th) shifts none of the others.
    expect(here.at(-1)!.pairs.length).toBe(59);
    expect(here.at(-1)!.pairs.find((p) => p.en === 18)).toMatchObject({ es: 17 });
    // Every share on this thread (deterministic: alignOnThreads leaves a case this small, or on
    // one core, to this thread whole, and hands shares out in whatever order the threads come).
    const runner = new UnitRunner(all, new Lexicon(pairs));
    expect(assembleUnits(all, units, units.map((u) => runner.run(u)), new Lexicon(pairs))).toEqual(here);
    // The bands in reverse order too: the matrix is put together by rows, not by arrival.
    const reversed = [...units].reverse();
    expect(assembleUnits(all, reversed, reversed.map((u) => runner.run(u)), new Lexicon(pairs))).toEqual(here);
    expect(alignOnThreads(all, pairs, new Lexicon(pairs))).toEqual(here);
    expect(alignOnThreads(all, pairs, new Lexicon(pairs), { thisThread: false })).toEqual(here);
  });
});
