// Search (F5) and concept lookup (F6) in Chromium against the browser mode on the real database,
// in both UI languages: the Ctrl+K palette, keyboard use, accent-insensitive Spanish, the
// did-you-mean suggestion, pasted IDs, the results page's filters, and axe in light and dark.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkToItem, linkToSearch } from '../../renderer/src/app/router';
import { hitTarget } from '../../renderer/src/features/search/palette-options';
import { seriousViolations } from './helpers/axe-violations';
import { CHROMIUM } from './helpers/chromium';
import { expectItem, expectSearch, hash, pageReady, paletteShows } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { locale, setUiLanguage, UI_LANGS } from './helpers/ui-language';

const hasChromium = existsSync(CHROMIUM);
/** The parts of the page this feature owns (the header around the box is the frame's, tested there). */
const MINE = ['main', '.search-palette'];
const PALETTE = 12; // PALETTE_LIMIT in renderer/src/features/search/stores.ts
let ui: BrowserModeRun;
const codes = (sel: string) => ui.s.page.locator(`${sel} .hit-code`).allTextContents();

describe.skipIf(!hasChromium)('search and concept lookup', () => {
  ui = useBrowserMode();

  describe.each(UI_LANGS)('UI in %s', (lang) => {
    const t = locale(lang, 'search');
    const lookupT = locale(lang, 'lookup');
    const open = async (route = '') => {
      await ui.s.page.goto(ui.served.url + route);
      await pageReady(ui.s.page);
      await setUiLanguage(ui.s.page, lang);
    };
    const typeInPalette = async (q: string) => {
      await ui.s.page.keyboard.press('Control+k');
      await expect.poll(() => ui.s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-box');
      // The box selects its text in the next frame: let that frame pass before typing over it.
      await ui.s.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await ui.s.page.keyboard.type(q);
      await paletteShows(ui.s.page, q);
    };

    it('Ctrl+K then "cigarr" lists the Smoking questions with highlighted matches; arrow down + Enter opens the second', async () => {
      await open();
      await typeInPalette('cigarr');
      const expected = expectSearch('cigarr', { limit: PALETTE }).hits;
      expect(await codes('[data-testid="search-results"]')).toEqual(expected.map((h) => h.code).filter(Boolean));
      expect(expected.some((h) => h.code?.startsWith('Smoking_'))).toBe(true);
      expect(await ui.s.page.locator('[data-testid="search-results"] mark').count()).toBeGreaterThan(0);
      expect(await ui.s.page.getByRole('combobox', { name: t.box.label }).getAttribute('aria-expanded')).toBe('true');
      await ui.s.page.keyboard.press('ArrowDown');
      expect(await ui.s.page.locator('[role="option"][aria-selected="true"] .hit-code').textContent()).toBe(expected[1]!.code);
      await ui.s.page.keyboard.press('Enter');
      await pageReady(ui.s.page, 'item');
      expect(await hash(ui.s.page)).toBe(decodeURIComponent(linkToItem(hitTarget(expected[1]!))));
    });

    it('Esc closes the list; a concept ID is the first hit, marked exact, and Enter opens its card', async () => {
      await open();
      await typeInPalette('cigarr');
      await ui.s.page.keyboard.press('Escape');
      expect(await ui.s.page.getByTestId('search-box').getAttribute('aria-expanded')).toBe('false');
      await ui.s.page.getByTestId('search-box').fill('');
      const item = expectItem('1585860')!; // Smoking_SmokeFrequency in the real database
      await ui.s.page.keyboard.type('1585860');
      await paletteShows(ui.s.page, '1585860');
      const first = ui.s.page.locator('[data-testid="palette-hit"]').first();
      expect(await first.locator('.hit-code').textContent()).toBe(item.code);
      expect(await first.locator('.exact').textContent()).toBe(lookupT.exact['concept-id']);
      await ui.s.page.keyboard.press('Enter');
      await pageReady(ui.s.page, 'item');
      expect(await hash(ui.s.page)).toBe(`#/item/${item.code}`);
    });

    it('Enter right after typing an ID opens its card, not a hit of the text typed so far', async () => {
      await open();
      const item = expectItem('1585857')!; // the real database's item with that concept ID
      await ui.s.page.getByTestId('search-box').focus();
      await ui.s.page.keyboard.type('1585857');
      await ui.s.page.keyboard.press('Enter');
      await pageReady(ui.s.page, 'item');
      expect(await hash(ui.s.page)).toBe(`#/item/${item.code}`);
    });

    it('a pasted concept ID goes straight to its concept card', async () => {
      await open();
      await ui.s.page.getByTestId('search-box').focus();
      await ui.s.page.evaluate(() => {
        const data = new DataTransfer();
        data.setData('text/plain', '1585857');
        document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await pageReady(ui.s.page, 'item');
      expect(await hash(ui.s.page)).toBe('#/item/1585857');
    });

    it('"dias", without its accent, finds Spanish wording', async () => {
      await open();
      await typeInPalette('dias');
      const expected = expectSearch('dias', { limit: PALETTE }).hits;
      expect(expected[0]!.text.es).toMatch(/días/i);
      const marks = await ui.s.page.locator('[data-testid="search-results"] [lang="es"] mark').allTextContents();
      expect(marks.map((m) => m.toLowerCase())).toContain('días');
    });

    it('a misspelling with one clear correction shows its results at once, saying so; "search instead" goes back to the words typed', async () => {
      await open();
      await typeInPalette('cigarete');
      const corrected = expectSearch('cigarete', { limit: PALETTE });
      expect(corrected.corrected).toBe('cigarette');
      expect(await codes('[data-testid="search-results"]')).toEqual(corrected.hits.map((h) => h.code).filter(Boolean));
      await expect.poll(() => ui.s.page.locator('.palette-status').textContent()).toContain(t.box.corrected.replace('{{corrected}}', 'cigarette'));
      await ui.s.page.getByRole('option', { name: t.box.searchLiteral.replace('{{query}}', 'cigarete') }).click();
      const { hits, suggestions } = expectSearch('cigarete', { limit: PALETTE, literal: true });
      expect(hits).toEqual([]);
      const suggestion = ui.s.page.getByRole('option', { name: t.box.didYouMean.replace('{{suggestion}}', suggestions[0]) });
      await suggestion.click();
      await paletteShows(ui.s.page, suggestions[0]!);
      expect(await ui.s.page.getByTestId('search-box').inputValue()).toBe(suggestions[0]);
      expect(await ui.s.page.locator('[data-testid="palette-hit"]').count()).toBeGreaterThan(0);
      expect(await seriousViolations(ui.s.page, MINE)).toEqual([]);
    });

    it("a new word's first letter keeps the results of the words before it, saying so; a letter alone asks for another", async () => {
      await open();
      await typeInPalette('smoking f');
      const typed = expectSearch('smoking f', { limit: PALETTE });
      expect(typed.resultsFor).toBe('smoking');
      expect(typed.hits.length).toBeGreaterThan(0);
      expect(await codes('[data-testid="search-results"]')).toEqual(typed.hits.map((h) => h.code).filter(Boolean));
      const status = ui.s.page.locator('.palette-status');
      const note = t.box.resultsFor.replace('{{words}}', 'smoking').replace('{{query}}', 'smoking f');
      await expect.poll(() => status.textContent()).toContain(note);
      // The second letter: words beginning "fr", and no note.
      await ui.s.page.keyboard.type('r');
      await paletteShows(ui.s.page, 'smoking fr');
      expect(expectSearch('smoking fr', { limit: PALETTE }).resultsFor).toBeUndefined();
      expect(await codes('[data-testid="search-results"]')).toEqual(expectSearch('smoking fr', { limit: PALETTE }).hits.map((h) => h.code).filter(Boolean));
      expect(await status.textContent()).not.toContain(note);
      await ui.s.page.getByTestId('search-box').fill('');
      await typeInPalette('f');
      await expect.poll(() => status.textContent()).toBe(t.box.typeMore.replace('{{query}}', 'f'));
      expect(await seriousViolations(ui.s.page, MINE)).toEqual([]);
      // The results page says the same.
      await open(linkToSearch('smoking f'));
      await expect.poll(() => ui.s.page.getByTestId('page-results-for').textContent()).toBe(note);
      const pageCodes = await codes('[data-testid="page-results"]');
      expect(pageCodes.length).toBeGreaterThan(0);
      expect(pageCodes).toEqual(expectSearch('smoking', { limit: 200 }).hits.map((h) => h.code).filter(Boolean).slice(0, pageCodes.length));
    });

    it('never shows an error, whatever is typed', async () => {
      await open();
      for (const q of ['"', 'a* OR (', 'NEAR(x y', "'; DROP TABLE items; --", '%_\\', '🙂 ñ']) {
        await ui.s.page.getByTestId('search-box').fill('');
        await typeInPalette(q);
        expect(await ui.s.page.locator('[data-testid="search-results"]').getAttribute('data-state')).toBe('ready');
      }
    });

    it('the results page filters by kind, survey, language and source instrument, as the service does', async () => {
      await open('#/search?q=smoking');
      await pageReady(ui.s.page, 'search');
      const page = ui.s.page;
      const shown = async () => (await page.locator('[data-testid="page-results"] .hit-code').count()) + (await page.locator('[data-testid="page-results"] > li:not(:has(.hit-code))').count());
      expect(await shown()).toBe(expectSearch('smoking', { limit: 200 }).hits.length);
      await page.getByTestId('filter-kind').selectOption('question');
      await page.getByTestId('filter-survey').selectOption('lifestyle');
      await page.locator('[data-testid="page-results"][data-query="smoking"]').waitFor();
      const filtered = expectSearch('smoking', { kind: 'question', survey: 'lifestyle', limit: 200 }).hits;
      await expect.poll(shown).toBe(filtered.length);
      expect(await page.locator('[data-testid="page-results"] .kind').allTextContents()).toEqual(filtered.map(() => t.kind.question));
      expect(await hash(page)).toBe('#/search?q=smoking&survey=lifestyle&kind=question');
      await page.getByTestId('filter-instrument').selectOption('s:tuscps');
      await expect.poll(shown).toBe(expectSearch('smoking', { kind: 'question', survey: 'lifestyle', instrument: 's:tuscps', limit: 200 }).hits.length);
      await page.getByTestId('filter-lang').selectOption('es');
      await page.getByTestId('search-page-query').fill('fuma');
      const es = expectSearch('fuma', { kind: 'question', survey: 'lifestyle', instrument: 's:tuscps', lang: 'es', limit: 200 }).hits;
      await page.locator('[data-testid="page-results"][data-query="fuma"]').or(page.locator('.suggestion-line')).waitFor();
      await expect.poll(shown).toBe(es.length);
      if (es.length > 0) {
        // Keyboard: down from the box to the first result, Enter opens it.
        await page.getByTestId('search-page-query').press('ArrowDown');
        await page.keyboard.press('Enter');
        await pageReady(page, 'item');
        expect(await hash(page)).toBe(decodeURIComponent(linkToItem(hitTarget(es[0]!))));
      }
    });

    it.each([
      ['es', 'es'],
      ['both', 'en'],
    ] as const)('content %s: an answer names its question in the first content language shown (%s), else the other, marked with its language', async (content, first) => {
      const q = lang === 'es' ? 'todos los días' : 'every day';
      await open(`#/search?q=${encodeURIComponent(q)}`);
      await pageReady(ui.s.page, 'search');
      await ui.s.page.getByRole('banner').getByLabel(locale(lang, 'common').app.contentLanguage).selectOption(content);
      const hits = expectSearch(q, { limit: 200 }).hits;
      const other = first === 'es' ? 'en' : 'es';
      // Expected per row, from the service: the question's wording in that language, else the other's.
      const expected = hits.map((h) => {
        if (!h.question) return null;
        const l = h.question.text[first] ? first : h.question.text[other] ? other : null;
        return { lang: l, text: l ? h.question.text[l] : null };
      });
      // The query finds answers whose questions are worded differently in the two languages: the choice shows.
      expect(hits.filter((h) => h.question?.text[first] && h.question.text[other] && h.question.text[first] !== h.question.text[other]).length).toBeGreaterThan(2);
      const rows = ui.s.page.locator('[data-testid="page-results"] > li');
      await expect.poll(() => rows.count()).toBe(hits.length);
      const shown = () =>
        rows.evaluateAll((lis) =>
          lis.map((li) => {
            const q = li.querySelector('.hit-question');
            const t = q?.querySelector('[lang]');
            return q ? { lang: t?.getAttribute('lang') ?? null, text: t?.textContent ?? null } : null;
          }),
        );
      await expect.poll(shown).toEqual(expected);
    });

    it.each(['light', 'dark'] as const)('has no serious accessibility violation: open palette and results page, %s theme', async (theme) => {
      await ui.s.page.emulateMedia({ colorScheme: theme });
      await open();
      await typeInPalette('cigarr');
      await ui.s.page.keyboard.press('ArrowDown');
      expect(await seriousViolations(ui.s.page, MINE)).toEqual([]);
      await ui.s.page.goto(ui.served.url + '#/search?q=cigarette&kind=question');
      await pageReady(ui.s.page, 'search');
      await ui.s.page.locator('[data-testid="page-results"]').waitFor();
      expect(await seriousViolations(ui.s.page, MINE)).toEqual([]);
    });
  });
});
