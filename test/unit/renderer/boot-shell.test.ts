// The static shell index.html paints before the script: the header's sections and the loading line
// in every interface language, each word from that language's locale file, escaped as HTML.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootScript, bootShellHtml, shellFor } from '../../../scripts/boot-shell';
import { API_PREFIX, TOKEN_HEADER } from '../../../electron/contract/browser-endpoint';
import { SECTIONS } from '../../../renderer/src/app/sections';

const common = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8')) as { app: { title: string; loading: string }; nav: Record<string, string> };

describe('static shell', () => {
  it.each(['en', 'es'])('%s: the title, every section with its link and label, and the loading line', (lang) => {
    const c = common(lang);
    const html = shellFor(lang, c);
    expect(html).toContain(`lang="${lang}"`);
    expect(html).toContain(`<p role="status" class="loading">${c.app.loading}</p>`);
    expect(html).toContain(`aria-label="${c.nav.label}"`);
    for (const s of SECTIONS) expect(html).toContain(`<a href="${s.href}">${c.nav[s.label.slice(4)]}</a>`);
  });

  it('has one shell per language, and escapes what it writes', () => {
    expect(bootShellHtml('locales', ['en', 'es']).match(/class="app boot-shell"/g)).toHaveLength(2);
    const html = shellFor('en', { app: { title: 'A <b> & "c"', loading: '<script>' }, nav: { label: 'x' } });
    expect(html).toContain('A &#60;b&#62; &#38; &#34;c&#34;');
    expect(html).not.toContain('<script>');
  });

  it("boot.js as served: the endpoint's names written in as strings, none left, an unknown one refused", () => {
    const served = bootScript(readFileSync('renderer/boot.js', 'utf8'));
    expect(served).not.toMatch(/__PPI_\w+__/);
    expect(served).toContain(`fetch(${JSON.stringify(API_PREFIX)} + "surveys:list"`);
    expect(served).toContain(`headers[${JSON.stringify(TOKEN_HEADER)}] = token`);
    expect(() => bootScript('var x = __PPI_NOPE__;')).toThrow('renderer/boot.js: unknown name __PPI_NOPE__');
  });
});
