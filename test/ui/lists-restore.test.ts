// A restore from the backup as the user sees it (issue 14): the browser mode starts on a user-data
// folder whose lists file is damaged; the Lists page says what was recovered (lists, questions),
// from when, and that nothing should be missing, in English and Spanish, light and dark, with axe.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveListsFile } from '../../electron/services/lists/lists-file';
import { createList } from '../../electron/services/lists/operations';
import { listsFilePath } from '../../electron/services/lists/lists-store';
import { emptyListsFile } from '../../electron/services/lists/schema';
import { CHROMIUM } from './helpers/chromium';
import { seriousViolations } from './helpers/explorer';
import { pageReady } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { locale, setUiLanguage, UI_LANGS } from './helpers/ui-language';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;
let userData: string;

describe.skipIf(!hasChromium)('a lists file restored from its backup', () => {
  ui = useBrowserMode({
    env: () => {
      userData = mkdtempSync(join(tmpdir(), 'ppi-ui-restore-'));
      const path = listsFilePath(userData);
      const first = createList(emptyListsFile(), 'Made-up first').data;
      saveListsFile(path, first);
      saveListsFile(path, createList(first, 'Made-up second').data);
      writeFileSync(path, readFileSync(path, 'utf8').slice(0, 40)); // damaged mid-file
      return { PPI_USER_DATA_DIR: userData };
    },
  });
  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it('says what was recovered, from when, and that nothing should be missing (EN, ES; light, dark; axe)', async () => {
    const page = ui.s.page;
    await page.goto(`${ui.served.url}#/lists`);
    await pageReady(page);
    for (const lang of UI_LANGS) {
      if (lang !== 'en') await setUiLanguage(page, lang);
      const t = locale(lang, 'lists').notice as { nothingMissing: string; holds: string; lists_other: string; 'set-aside': string };
      const notice = page.locator('.lists-notices');
      await expect.poll(() => notice.textContent()).toContain(t.nothingMissing);
      const text = (await notice.textContent())!;
      expect(text).toContain('variable-lists.json.bak');
      expect(text).toContain(t.holds.replace('{{lists}}', t.lists_other.replace('{{count}}', '2')).split('{{questions}}')[0]);
      expect(text).toContain(t['set-aside'].split('(')[0]!.trim());
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        expect(await seriousViolations(page), `${lang} ${theme}`).toEqual([]);
        if (process.env.PPI_SCREENSHOTS) await page.screenshot({ path: join(process.env.PPI_SCREENSHOTS, `lists-restore-${lang}-${theme}.png`) });
      }
    }
    await expect.poll(() => page.locator('body').textContent()).toContain('Made-up second');
  });
});
