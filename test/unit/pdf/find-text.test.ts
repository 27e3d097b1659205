// Find in a PDF page, on made-up text items as pdf.js gives them.
import { describe, expect, it } from 'vitest';
import { closingOf, findInPage, foldQuery, foldRuns } from '../../../renderer/src/features/pdf/find-text';

const run = (str: string, eol = false) => ({ str, eol });

describe('foldRuns', () => {
  it('folds case, accents, quotes and spacing, with a space at each line end', () => {
    expect(foldRuns([run('¿Qué  “VACUNA”'), run(' recibió?', true), run('Otra')]).text).toBe('que vacuna recibio otra');
  });
  it('joins a word hyphenated across lines', () => {
    expect(foldRuns([run('health care provid-', true), run('er today', true)]).text).toBe('health care provider today ');
  });
  it('joins a word hyphenated at a line end with an en dash, or with spaces after the hyphen', () => {
    expect(foldRuns([run('provid\u2013', true), run('er?', true)]).text).toBe('provider ');
    expect(foldRuns([run('provid- ', true), run('er', true)]).text).toBe('provider ');
    // Not before a word that is no word character: the line end stays a space.
    expect(foldRuns([run('health-', true), run('(care)', true)]).text).toBe('health care ');
  });
  it('joins a hyphenated word like the build does', () => {
    expect(foldRuns([run('a follow-up visit')]).text).toBe('a followup visit');
    expect(foldQuery('Follow-up  visit')).toBe('followup visit');
  });
  it('keeps words split across items together', () => {
    expect(foldRuns([run('Ques'), run('tion one')]).text).toBe('question one');
  });
});

describe('findInPage', () => {
  const page = foldRuns([run('Have you ever been told by a doc-', true), run('tor that you have “zebra', true), run('fever”?', true), run('Zebra fever again')]);

  it('finds every match and maps it back to span ranges across lines', () => {
    const matches = findInPage(page, foldQuery('doctor that you have "zebra fever"'));
    expect(matches).toHaveLength(1);
    expect(matches[0]).toEqual([
      { item: 0, start: 29, end: 33 }, // the line-end hyphen too
      { item: 1, start: 0, end: 24 },
      { item: 2, start: 0, end: 5 },
    ]);
    expect(findInPage(page, foldQuery('ZEBRA FEVER'))).toHaveLength(2);
  });
  it('finds nothing for an empty query or a missing word', () => {
    expect(findInPage(page, '')).toEqual([]);
    expect(findInPage(page, foldQuery('giraffe'))).toEqual([]);
  });
  it('highlights from the opening mark before the matched words, as printed', () => {
    // Made-up items: the mark in the item, after a space, as an item of its own, at the page's start.
    const marked = foldRuns([run('¿Quién en su familia?', true), run('Otra línea. ¡Hola! ', true), run('¿'), run('Cómo está?', true)]);
    expect(findInPage(marked, foldQuery('Quién en su familia'))).toEqual([[{ item: 0, start: 0, end: 20 }]]);
    expect(findInPage(marked, foldQuery('hola'))).toEqual([[{ item: 1, start: 12, end: 17 }]]);
    expect(findInPage(marked, foldQuery('como esta'))).toEqual([[{ item: 2, start: 0, end: 1 }, { item: 3, start: 0, end: 9 }]]);
    // Words after the first are matched without a mark; a mark far before does not count.
    expect(findInPage(marked, foldQuery('en su familia'))).toEqual([[{ item: 0, start: 7, end: 20 }]]);
    expect(findInPage(marked, foldQuery('linea'))).toEqual([[{ item: 1, start: 5, end: 10 }]]);
    // Two marks together ("¿¡"), in one item or two: from the first.
    expect(findInPage(foldRuns([run('Dijo: ¿¡Hola!?')]), foldQuery('hola'))).toEqual([[{ item: 0, start: 6, end: 12 }]]);
    expect(findInPage(foldRuns([run('¿'), run('¡Hola')]), foldQuery('hola'))).toEqual([[{ item: 0, start: 0, end: 1 }, { item: 1, start: 0, end: 5 }]]);
  });
  it('highlights through the closing marks the query ends with, where printed right after the match', () => {
    // Made-up items: the marks in the item, split into an item of their own, quotes printed curly.
    const closed = foldRuns([run('¿Cuántos días por semana?', true), run('Un dentista (o un ortodoncista'), run(')?', true), run('la “fiebre”? Otra', true)]);
    expect(findInPage(closed, foldQuery('¿Cuántos días por semana?'), closingOf('¿Cuántos días por semana?'))).toEqual([[{ item: 0, start: 0, end: 25 }]]);
    expect(findInPage(closed, foldQuery('o un ortodoncista)?'), closingOf('o un ortodoncista)?'))).toEqual([[{ item: 1, start: 13, end: 30 }, { item: 2, start: 0, end: 2 }]]);
    expect(findInPage(closed, foldQuery('la "fiebre"?'), closingOf('la "fiebre"?'))).toEqual([[{ item: 3, start: 0, end: 12 }]]);
    // Only the marks the query ends with, as far as the page prints them; none without a closing.
    expect(findInPage(closed, foldQuery('la "fiebre"'), closingOf('la "fiebre"'))).toEqual([[{ item: 3, start: 0, end: 11 }]]);
    expect(findInPage(closed, foldQuery('por semana.'), closingOf('por semana.'))).toEqual([[{ item: 0, start: 14, end: 24 }]]);
    expect(findInPage(closed, foldQuery('por semana'))).toEqual([[{ item: 0, start: 14, end: 24 }]]);
    // A mark after a space is the query's only where the query has that space too.
    expect(findInPage(foldRuns([run('semana ?')]), 'semana', '?')).toEqual([[{ item: 0, start: 0, end: 6 }]]);
    expect(findInPage(foldRuns([run('usted tiene ...? Otra')]), foldQuery('usted tiene ...?'), closingOf('usted tiene ...?'))).toEqual([[{ item: 0, start: 0, end: 16 }]]);
    // Curly and straight quotes are the same mark; a mark on the next line is not after the match.
    expect(findInPage(closed, foldQuery('la “fiebre”?'), closingOf('la “fiebre”?'))).toEqual([[{ item: 3, start: 0, end: 12 }]]);
    expect(findInPage(foldRuns([run('semana?', true), run(')', true)]), 'semana', closingOf('semana?)'))).toEqual([[{ item: 0, start: 0, end: 7 }]]);
    // A space alone is no closing mark.
    expect(findInPage(foldRuns([run('salud (1) Otra')]), 'salud', ' ?')).toEqual([[{ item: 0, start: 0, end: 5 }]]);
    // A blank to write in after the question is not part of it.
    expect(closingOf('Otro (especifique):______ ')).toBe('):');
  });
  it('highlights the marks at the ends and starts of the lines a match goes on over', () => {
    // Made-up lines, as the audit of session 22 found them printed: a mark closing an inner line,
    // one opening the next, a hyphenated word; a line's number before the words is not taken in.
    const lines = foldRuns([run('1. En los últimos tres meses,', true), run('¿Usted usó drogas', true), run('(matriz)?', true), run('o non-', true), run('medical uses', true)]);
    expect(findInPage(lines, foldQuery('En los últimos tres meses, ¿Usted usó drogas (matriz)? o non-medical uses'))).toEqual([
      [
        { item: 0, start: 3, end: 29 },
        { item: 1, start: 0, end: 17 },
        { item: 2, start: 0, end: 9 },
        { item: 3, start: 0, end: 6 },
        { item: 4, start: 0, end: 12 },
      ],
    ]);
    // Within a line, or where the match stops short of a line's last word, nothing more.
    expect(findInPage(lines, foldQuery('tres meses ¿Usted'))).toEqual([[{ item: 0, start: 18, end: 29 }, { item: 1, start: 0, end: 6 }]]);
    expect(findInPage(lines, foldQuery('tres meses'))).toEqual([[{ item: 0, start: 18, end: 28 }]]);
  });
});
