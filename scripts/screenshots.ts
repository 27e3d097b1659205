// npm run screenshots: each main view in English and Spanish, light and dark, at 1280 and 900 px,
// captured from the built renderer in the browser mode on the real database (Debian's Chromium),
// into docs/screenshots/<view>-<lang>-<scheme>[-900].png. Run `npm run build` first. The theme is
// set through the app's own choice (kept in localStorage, like the UI language).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOKEN_PARAM } from '../electron/contract/browser-endpoint';
import { browserApi, unwrap } from '../renderer/src/api-client';
import { openChromium } from '../test/ui/helpers/chromium';
import { PROJECT_ROOT, serveBrowserMode } from '../test/ui/helpers/serve';

const VIEWS: [name: string, hash: string][] = [
  ['catalog', '#/surveys'],
  ['outline', '#/surveys/lifestyle'],
  ['detail', '#/item/Smoking_SmokeFrequency'],
  ['search', '#/search?q=cigarrillos'],
  ['sources', '#/sources'],
  ['about', '#/about'],
  ['lists', '#/lists'],
  ['trainer', '#/present/basics?q=69856-3&codes=1'],
];
const WIDTHS = [1280, 900] as const;
const OUT = join(PROJECT_ROOT, 'docs', 'screenshots');

async function main() {
  mkdirSync(OUT, { recursive: true });
  // Lists in a folder of their own, with one list in it, so the Lists view shows something.
  const userData = mkdtempSync(join(tmpdir(), 'ppi-screenshots-'));
  const served = await serveBrowserMode({ PPI_USER_DATA_DIR: userData });
  const s = await openChromium();
  let failed = 0;
  try {
    // Through the browser mode's own client, as the renderer calls it.
    const api = browserApi(new URL(served.url).searchParams.get(TOKEN_PARAM) ?? '', (input, init) => fetch(`${served.origin}${String(input)}`, init));
    const made = await unwrap(api.changeLists({ op: 'add', newListName: 'Tobacco use', item: 'Smoking_SmokeFrequency', answers: 'all' }));
    await unwrap(api.changeLists({ op: 'add', listId: made.lists[0]!.id, item: '1585857', answers: 'all' }));
    for (const [width, lang, scheme] of WIDTHS.flatMap((w) => (['en', 'es'] as const).flatMap((l) => (['light', 'dark'] as const).map((c) => [w, l, c] as const)))) {
      await s.page.setViewportSize({ width, height: 800 });
      // The UI language and theme are kept in localStorage (app/i18n.ts, app/theme.ts): set before loading.
      await s.page.goto(served.url);
      await s.page.evaluate(({ l, c }) => (localStorage.setItem('ppi.uiLanguage', l), localStorage.setItem('ppi.theme', c)), { l: lang, c: scheme });
      for (const [name, hash] of VIEWS) {
          const file = join(OUT, `${name}-${lang}-${scheme}${width === 1280 ? '' : `-${width}`}.png`);
          try {
            await s.page.goto(`${served.url}${hash}`);
            await s.page.reload();
            await s.page.locator(`[data-app-state="ready"][data-route]`).waitFor({ state: 'attached', timeout: 20_000 });
            await s.page.screenshot({ path: file });
            console.log(file);
          } catch (e) {
            failed++;
            console.error(`${name} ${lang} ${scheme}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
          }
      }
    }
  } finally {
    await s.close();
    await served.stop();
    rmSync(userData, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
