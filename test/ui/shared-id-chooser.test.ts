// One ID several items share (45881677, a standard value concept) opens a chooser listing each
// item with its question and survey; the answer card shows its standard concept ID. In both UI
// languages, axe in light and dark, with screenshots to look at.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe-violations';
import { CHROMIUM } from './helpers/chromium';
import { expectItem, hash, pageReady } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { locale, setUiLanguage, UI_LANGS } from './helpers/ui-language';

const hasChromium = existsSync(CHROMIUM);
const SHOTS = join(import.meta.dirname, '..', '..', 'build', 'screenshots');
// The database's own answer: every item the key names (the test does not type them).
const KEY = '45881677';
let ui: BrowserModeRun;

describe.skipIf(!hasChromium)('chooser for an ID several items share', () => {
  ui = useBrowserMode();
  const expected = expectItem(KEY)!.candidates!;

  describe.each(UI_LANGS)('UI in %s', (lang) => {
    const t = locale(lang, 'detail');
    const open = async (route: string, name?: string) => {
      await ui.s.page.goto(ui.served.url);
      await pageReady(ui.s.page);
      await setUiLanguage(ui.s.page, lang);
      await ui.s.page.evaluate((r) => (location.hash = r), route);
      await pageReady(ui.s.page, name);
    };

    it('lists every item with its question and survey; each opens its own card, which shows the standard ID', async () => {
      expect(expected.length).toBeGreaterThan(1);
      await open(`#/item/${KEY}`, 'item');
      const list = ui.s.page.getByTestId('candidates');
      await expect.poll(() => list.locator('li').count()).toBe(expected.length);
      const heading = await ui.s.page.getByRole('heading', { level: 2 }).textContent();
      expect(heading).toBe(t.candidates.title_other.replace('{{id}}', KEY).replace('{{count}}', String(expected.length)));
      const items = await list.locator('li').allTextContents();
      expected.forEach((c, i) => {
        expect(items[i]).toContain(c.code ?? String(c.conceptId));
        if (c.survey?.name) expect(items[i]).toContain(c.survey.name);
      });
      for (const scheme of ['light', 'dark'] as const) {
        await ui.s.page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(ui.s.page), `${lang} ${scheme}`).toEqual([]);
      }
      mkdirSync(SHOTS, { recursive: true });
      await ui.s.page.screenshot({ path: join(SHOTS, `chooser-${lang}.png`), fullPage: true });
      await ui.s.page.emulateMedia({ colorScheme: 'light' });
      await list.locator('li a').first().click();
      await expect.poll(() => hash(ui.s.page)).toBe(`#/item/${expected[0]!.key}`);
      await pageReady(ui.s.page);
      const std = ui.s.page.getByTestId('standard-concept-ids');
      await expect.poll(() => std.textContent()).toContain(KEY);
      expect(await std.textContent()).toContain(t.ids.standardConceptId);
      expect(await seriousViolations(ui.s.page)).toEqual([]);
      await ui.s.page.screenshot({ path: join(SHOTS, `answer-card-std-${lang}.png`), fullPage: true });
    });
  });
});
