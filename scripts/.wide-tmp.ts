import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const url = readFileSync('/tmp/uiw/serve.out','utf8').trim();
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 900, height: 800 } });
await p.goto(url + process.argv[2]); await p.locator('[data-app-state="ready"]').waitFor({ state: 'attached' });
console.log(await p.evaluate(() => { const out: string[] = []; document.querySelectorAll('*').forEach((e) => { const r = e.getBoundingClientRect(); if (r.right > 901) out.push(`${e.tagName}.${e.className} ${Math.round(r.right)} ${(e.textContent ?? '').slice(0, 60)}`); }); return out.slice(0, 15); }));
await b.close();
