// Snippets are safe HTML: text escaped, matched words (accents folded, prefixes, phrases) in <mark>.
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../electron/services/search/fts-query';
import { highlightMatches } from '../../../electron/services/search/highlight';

const hl = (texts: (string | null)[], q: string) => highlightMatches(texts, parseQuery(q));

describe('highlighted snippets', () => {
  it('marks accent-folded words, prefixes and phrases', () => {
    expect(hl(['En los últimos 7 días'], 'dias')).toBe('En los últimos 7 <mark>días</mark>');
    expect(hl(['100 cigarrillos'], 'cigarr')).toBe('100 <mark>cigarrillos</mark>');
    expect(hl(['every day, some days'], '"every day"')).toBe('<mark>every day</mark>, some days');
    expect(hl(['day every'], '"every day"')).toBeNull();
  });
  it('escapes the text and prefers the text matching most terms', () => {
    expect(hl(['<b>A & B</b> smoke'], 'smoke')).toBe('&lt;b&gt;A &amp; B&lt;/b&gt; <mark>smoke</mark>');
    expect(hl(['smoke only', 'smoke and drink'], 'smoke drink')).toBe('<mark>smoke</mark> and <mark>drink</mark>');
  });
  it('cuts long texts around the first match', () => {
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') + ' target ' + 'tail '.repeat(30);
    const s = hl([long], 'target')!;
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('<mark>target</mark>');
  });
});
