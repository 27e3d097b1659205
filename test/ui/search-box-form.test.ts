// The search box's two speed measures (issue 16, docs/speed.md "Less per keystroke around the box") must
// not change what the user sees or does: the box sits in a form of its own (Enter opens the first
// hit and never submits or reloads the page) and is a layout boundary at its own height (the same
// height as without containment). In English and Spanish, on the real database.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkToItem } from '../../renderer/src/app/router';
import { hitTarget } from '../../renderer/src/features/search/palette-options';
import { CHROMIUM } from './helpers/chromium';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { expectSearch, hash, pageReady, paletteShows } from './helpers/search-scenario';
import { setUiLanguage, UI_LANGS } from './helpers/ui-language';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;

describe.skipIf(!hasChromium)('the search box in its own form, laid out on its own', () => {
  ui = useBrowserMode();

  for (const lang of UI_LANGS) {
    it(`keeps its height, and Enter opens the first hit without submitting the form (${lang})`, async () => {
      const page = ui.s.page;
      await page.goto(ui.served.url);
      await pageReady(page);
      if (lang !== 'en') await setUiLanguage(page, lang);
      const heights = await page.evaluate(() => {
        const box = document.querySelector<HTMLInputElement>('[data-testid="search-box"]')!;
        const contained = box.getBoundingClientRect().height;
        box.style.contain = 'none';
        const plain = box.getBoundingClientRect().height;
        box.style.contain = '';
        return { contained, plain, contain: getComputedStyle(box).contain, inForm: box.form?.classList.contains('search-palette') ?? false };
      });
      expect(heights.contain).toBe('size layout style');
      expect(heights.contained).toBe(heights.plain);
      expect(heights.inForm).toBe(true);

      // A page that reloaded (a submitted form) would lose this mark.
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
      const search = await page.evaluate(() => location.search); // the browser mode's token
      const query = lang === 'es' ? 'fumar' : 'smoke';
      const first = (await expectSearch(query, { limit: 12, lang: 'any' })).hits[0]!;
      await page.getByTestId('search-box').focus();
      await page.keyboard.type(query);
      await paletteShows(page, query);
      await page.keyboard.press('Enter');
      await expect.poll(() => hash(page)).toBe(linkToItem(hitTarget(first)));
      expect(await page.evaluate(() => [location.search, (window as unknown as { notReloaded?: boolean }).notReloaded])).toEqual([search, true]);
    });
  }
});
