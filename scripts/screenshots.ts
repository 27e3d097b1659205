// npm run screenshots: each main view in English and Spanish, light and dark, captured from the
// built renderer in the browser mode on the real database (Debian's Chromium), into
// docs/screenshots/<view>-<lang>-<scheme>.png. Run `npm run build` first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openChromium } from '../test/ui/helpers/chromium';
import { PROJECT_ROOT, serveBrowserMode } from '../test/ui/helpers/serve';

const VIEWS: [name: string, hash: string][] = [
  ['catalog', '#/surveys'],
  ['outline', '#/surveys/lifestyle'],
  ['detail', '#/item/Smoking_SmokeFrequency'],
  ['search', '#/search?q=cigarrillos'],
  ['sources', '#/sources'],
  ['about', '#/about'],
];
const OUT = join(PROJECT_ROOT, 'docs', 'screenshots');

async function main() {
  mkdirSync(OUT, { recursive: true });
  const served = await serveBrowserMode();
  const s = await openChromium();
  let failed = 0;
  try {
    await s.page.setViewportSize({ width: 1280, height: 800 });
    for (const lang of ['en', 'es'] as const) {
      // The UI language is kept in localStorage (renderer/src/app/i18n.ts): set it before loading.
      await s.page.goto(served.url);
      await s.page.evaluate((l) => localStorage.setItem('ppi.uiLanguage', l), lang);
      for (const scheme of ['light', 'dark'] as const) {
        await s.page.emulateMedia({ colorScheme: scheme });
        for (const [name, hash] of VIEWS) {
          const file = join(OUT, `${name}-${lang}-${scheme}.png`);
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
    }
  } finally {
    await s.close();
    await served.stop();
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
