import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const url = readFileSync('/tmp/uiw/serve.out','utf8').trim();
const [,, lang='en', width='1280', scheme='light', ...hashes] = process.argv;
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
  const p = await b.newPage({ viewport: { width: +width, height: 800 }, colorScheme: scheme as any });
  p.on('console', m => m.type()==='error' && console.log('CONSOLE', m.text()));
  await p.goto(url); await p.evaluate(l => localStorage.setItem('ppi.uiLanguage', l), lang);
  for (const h of hashes) {
    await p.goto(url + h); await p.reload();
    await p.locator('[data-app-state="ready"]').waitFor({ state: 'attached', timeout: 20000 }).catch(()=>console.log('not ready', h));
    await p.waitForTimeout(300);
    const sw = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    const name = h.replace(/[^a-z0-9]+/gi,'_');
    await p.screenshot({ path: `/tmp/uiw/${name}-${lang}-${width}-${scheme}.png`, fullPage: process.env.FULL==='1' });
    console.log(h, 'scroll', sw, `/tmp/uiw/${name}-${lang}-${width}-${scheme}.png`);
  }
  await b.close();
})();
