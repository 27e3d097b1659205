// A long codebook code tied to the data's short code (FamilyHistory.csv of codebook-to-fhir@d9dce45,
// line 210, columns "PMI Code" and "Short Code") opens the merged item at #/item/<alias>: the
// page says it was reached by the alias and lists it among the item's codes. Both UI languages,
// axe in light and dark, screenshots to look at.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe-violations';
import { CHROMIUM } from './helpers/chromium';
import { expectItem, pageReady } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { locale, setUiLanguage, UI_LANGS } from './helpers/ui-language';
import { realSource } from '../helpers/sources';

const hasChromium = existsSync(CHROMIUM);
const SHOTS = join(import.meta.dirname, '..', '..', 'build', 'screenshots');
let ui: BrowserModeRun;

/** The sheet's line 210, split on commas outside quotes, by header name. */
async function sheetRow(line: number): Promise<Record<string, string>> {
  const lines = readFileSync((await realSource('codebook-to-fhir@d9dce45:FamilyHistory.csv')).path, 'utf8').replace(/\r\r\n/g, '\n').split('\n');
  const split = (l: string) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').trim());
  const header = split(lines[0]!.replace(/^\ufeff/, ''));
  return Object.fromEntries(split(lines[line - 1]!).map((v, i) => [header[i]!, v]));
}

describe.skipIf(!hasChromium)('an item opened by its alias code', () => {
  ui = useBrowserMode();

  describe.each(UI_LANGS)('UI in %s', (lang) => {
    const t = locale(lang, 'detail');

    it('#/item/<alias> opens the merged item, says so, and lists the alias', async () => {
      const row = await sheetRow(210);
      const [alias, code] = [row['PMI Code']!, row['Short Code']!];
      const expected = expectItem(alias)!;
      expect(expected.code).toBe(code);
      await ui.s.page.goto(ui.served.url);
      await pageReady(ui.s.page);
      await setUiLanguage(ui.s.page, lang);
      await ui.s.page.evaluate((r) => (location.hash = r), `#/item/${alias}`);
      await pageReady(ui.s.page, 'item');
      const note = ui.s.page.getByTestId('alias-note');
      await expect.poll(() => note.textContent()).toBe(t.reachedByAlias.replace('{{alias}}', alias).replace('{{code}}', code));
      const codes = ui.s.page.getByTestId('alias-codes');
      expect(await codes.textContent()).toContain(alias);
      expect(await codes.textContent()).toContain(t.ids.aliases);
      expect(await ui.s.page.getByTestId('detail').textContent()).toContain(String(expected.conceptId));
      for (const scheme of ['light', 'dark'] as const) {
        await ui.s.page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(ui.s.page), `${lang} ${scheme}`).toEqual([]);
      }
      mkdirSync(SHOTS, { recursive: true });
      await ui.s.page.emulateMedia({ colorScheme: 'light' });
      await ui.s.page.screenshot({ path: join(SHOTS, `alias-item-${lang}.png`) });
      // Opened by its own code, the item says nothing about an alias (but still lists it).
      await ui.s.page.evaluate((r) => (location.hash = r), `#/item/${code}`);
      await pageReady(ui.s.page, 'item');
      await expect.poll(() => note.count()).toBe(0);
      expect(await codes.textContent()).toContain(alias);
    });
  });
});
