// The tolerant page matching of the build's page index, on made-up page texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, MIN_WORDS_INSIDE_LINE, PageIndex, SHINGLE_THRESHOLD, shingles } from '../../../codebooks/merge/page-match';

describe('foldText', () => {
  it('ignores case, accents, quotes, punctuation and spacing', () => {
    expect(foldText('  ¿Qué  “VACUNA” recibió?\n')).toBe('que vacuna recibio');
    expect(foldText("Don’t know")).toBe(foldText("Don't know"));
  });
  it('joins a word hyphenated across lines the same way as a hyphenated word', () => {
    expect(foldText('follow-\nup visit')).toBe(foldText('follow-up visit'));
    expect(foldText('health care provid-\n  er')).toBe('health care provider');
  });
  it('drops markup and soft hyphens', () => {
    expect(foldText('<b>Bold</b> ques\u00adtion')).toBe('bold question');
  });
});

describe('PageIndex.find', () => {
  const pages = [
    'All of Us Research Program\nMade-up survey page one\nHow often do you eat made-up fruit?\n○ Never',
    'Have you ever been told by a doc-\ntor that you have a made-up condi-\ntion called “zebra fever”?\n○ Yes',
    'In the past year, have you delayed care for this reason:\nYou had to pay out of pocket for the made-up visit.\n○ Yes',
    'Please select all the made-up colors that you like\nin your garden and on your walls.\n○ Red',
  ];
  const index = new PageIndex(pages);

  it('finds an exact hit across line breaks, hyphenation and quotes', () => {
    expect(index.find('Have you ever been told by a doctor that you have a made-up condition called "zebra fever"?')).toEqual({ page: 2, method: 'exact', score: 1 });
  });
  it('finds Spanish-style accents and case', () => {
    const es = new PageIndex(['x', '¿CON QUÉ FRECUENCIA come usted fruta inventada?']);
    expect(es.find('¿Con que frecuencia come usted fruta inventada?')?.page).toBe(2);
  });
  it('takes the best shingle overlap above the threshold when the wording differs a little', () => {
    const hit = index.find('Please select all of the made-up colors that you like in your garden and on your walls');
    expect(hit).toMatchObject({ page: 4, method: 'shingles' });
    expect(hit!.score).toBeGreaterThanOrEqual(SHINGLE_THRESHOLD);
  });
  it('finds a grid row by the part after the last colon', () => {
    expect(index.find('In the past 12 months, delayed for following reason: You had to pay out of pocket for the made-up visit')).toEqual({ page: 3, method: 'tail', score: 1 });
  });
  it('refuses weak overlaps and short texts that would match anywhere', () => {
    expect(index.find('How often do you drink made-up juice at night with friends?')).toBeNull();
    expect(index.find('Yes')).toBeNull();
    expect(index.find('made-up')).toBeNull();
    expect(index.find('')).toBeNull();
  });
  it('prefers the page holding most of a question printed across a page break', () => {
    const split = new PageIndex(['intro text\nWhich of these made-up', 'foods do you eat most days of the week at home?\n○ Bread']);
    expect(split.find('Which of these made-up foods do you eat most days of the week at home?')?.page).toBe(2);
  });
  it('counts a page for a follow-up only if it holds enough of what its answer does not say', () => {
    const made = new PageIndex([
      'Made-up checklist\n❏ Zebra fever (this includes striped fever of the made-up kind, not spotted fever)',
      'Zebra fever (this includes striped fever of the made-up kind, not spotted fever)\nAre you still seeing a made-up doctor for this?',
    ]);
    const wording = 'Are you still seeing a made-up doctor for zebra fever (this includes striped fever of the made-up kind, not spotted fever)?';
    const said = new Set(shingles(foldText('Zebra fever (this includes striped fever of the made-up kind, not spotted fever)').split(' ')));
    expect(made.find(wording)).toMatchObject({ page: 1, alsoOn: [2] });
    expect(made.find(wording, said)).toMatchObject({ page: 2, method: 'shingles' });
    expect(made.find(wording, said)?.alsoOn).toBeUndefined();
    // Only the answer's words on the page: no page.
    expect(new PageIndex([made.folded[0]!]).find(wording, said)).toBeNull();
    // A wording that is its answer's label and no more is looked for by all of it.
    expect(new PageIndex(['x', 'Zebra fever (this includes striped fever of the made up kind)']).find('Zebra fever (this includes striped fever of the made-up kind, not spotted)', said)?.page).toBe(2);
  });
  it('takes a page for a wording of fewer than 5 words only where a line is all of it', () => {
    const made = new PageIndex([
      'Made-up delays\nIf other, please specify:\n● (display free text)',
      'Made-up list\nOtro (Por favor, especifique [free text])',
      'Made-up plans\no Other (please specify)',
      'Made-up contacts\n\uf0b7 PPI1234567 Person 1 Phone Number (allow none)\n● ____ (age in made-up years) [range: 1-99]',
    ]);
    expect(made.find('other (please specify)')).toEqual({ page: 3, method: 'exact', score: 1 });
    expect(made.find('Por favor, especifique')).toBeNull();
    expect(made.find('otro (por favor especifique)')).toBeNull();
    expect(made.find('person 1 phone number')).toEqual({ page: 4, method: 'exact', score: 1 });
    expect(made.find('____ (age in made-up years)')).toEqual({ page: 4, method: 'exact', score: 1 });
    // Five words and more are looked for anywhere, as before.
    expect(made.find('If other, please specify: (display')?.page).toBe(1);
  });
  it('handles a document without pages', () => {
    expect(new PageIndex([]).find('Any question at all here?')).toBeNull();
  });
});

describe('PageIndex.find by shingles, nothing said by an opening answer', () => {
  // The score page by page: the question's 3-grams on the page, plus those only on
  // the next page when the page holds at least as many.
  function naive(pages: string[], text: string): { page: number; score: number; alsoOn?: number[] } | null {
    const grams = pages.map((p) => foldText(p).split(' ')).map((w) => new Set(w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`)));
    const w = foldText(text).split(' ');
    const qs = [...new Set(w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`))];
    const scores: [number, number][] = [];
    for (let p = 0; p < grams.length; p++) {
      let [here, both] = [0, 0];
      for (const s of qs) {
        if (grams[p]!.has(s)) here++;
        else if (grams[p + 1]?.has(s)) both++;
      }
      const score = (here + (here >= both ? both : 0)) / qs.length;
      if (score >= SHINGLE_THRESHOLD) scores.push([p + 1, score]);
    }
    if (!scores.length) return null;
    const top = Math.max(...scores.map(([, s]) => s));
    const tied = scores.filter(([, s]) => s >= top - 1e-9).map(([p]) => p);
    const first = scores.find(([, s]) => s === top)![0];
    const others = tied.filter((p) => p !== first);
    return { page: first, score: Math.round(top * 1000) / 1000, ...(others.length ? { alsoOn: others } : {}) };
  }

  it('gives the page, score and tied pages of a page-by-page count, on made-up pages of few words', () => {
    const word = fc.constantFrom('made', 'up', 'fruit', 'eat', 'often');
    const pagesArb = fc.array(fc.array(word, { minLength: 3, maxLength: 12 }), { minLength: 2, maxLength: 6 });
    // Wordings printed across a page break (the end of a page, the start of the next), with a word changed or added.
    const wording = fc.tuple(pagesArb, fc.nat(), fc.nat(12), fc.nat(12), word, fc.nat(20));
    fc.assert(
      fc.property(wording, ([pageWords, at, k, m, extra, where]) => {
        const i = at % (pageWords.length - 1);
        const q = [...pageWords[i]!.slice(-Math.max(1, k)), ...pageWords[i + 1]!.slice(0, m)];
        q.splice(where % (q.length + 1), where % 2, extra);
        const pages = pageWords.map((w) => w.join(' '));
        const text = q.join(' ');
        if (q.length < MIN_WORDS_INSIDE_LINE) return; // shorter: a whole line only, no shingles
        const hit = new PageIndex(pages).find(text);
        if (hit && hit.method !== 'shingles') return; // printed whole: not a shingle hit
        expect(hit && { page: hit.page, score: hit.score, ...(hit.alsoOn ? { alsoOn: hit.alsoOn } : {}) }).toEqual(naive(pages, text));
      }),
      { numRuns: 500 },
    );
  });
});
