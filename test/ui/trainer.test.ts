// Trainer mode in Chromium against the browser mode on the real database: Lifestyle's smoking
// branch followed by answers (keys and clicks), in English and in Spanish, and axe on the view.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultDbPath } from '../../codebooks/paths';
import { surveyPresentation } from '../../electron/services/presentation';
import { openCodebook } from '../../electron/services/store';
import { choose, current, jump, next, prepareWalk, startWalk } from '../../renderer/src/features/trainer/walker';
import { plain } from '../../renderer/src/features/trainer/trainer-text';
import { waitForAppState } from './helpers/catalog-scenario';
import { CHROMIUM, openChromium, type Session } from './helpers/chromium';
import { serveBrowserMode, type Served } from './helpers/serve';

// Expected values from the database: the questions, their wording and the answer order.
const db = openCodebook(defaultDbPath());
const rows = surveyPresentation(db, 'lifestyle')!.rows;
db.close();
const row = (code: string) => rows.find((r) => r.code === code)!;
const cigs = row('Smoking_100CigsLifetime');
const frequency = row('Smoking_SmokeFrequency');
const yes = cigs.answers.findIndex((a) => a.code === '100CigsLifetime_Yes');
const no = cigs.answers.findIndex((a) => a.code === '100CigsLifetime_No');
// Where "No" leads, by the walker on the same rows (the Playwright run checks the UI follows it).
const walk = prepareWalk(rows);
const afterNo = rows[current(next(walk, choose(walk, jump(walk, startWalk(walk), rows.indexOf(cigs)), no)))!]!.code;

// Like the other UI files: without Chromium the file is skipped (its hooks start nothing).
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`trainer UI tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set PPI_CHROMIUM)`);

let served: Served;
let s: Session;
beforeAll(async () => void (hasChromium && (served = await serveBrowserMode())));
afterAll(async () => void (await served?.stop()));
beforeEach(async () => void (hasChromium && (s = await openChromium())));
afterEach(async () => await s?.close());

const open = async (query = '') => {
  await s.page.goto(`${served.url}#/present/lifestyle${query}`);
  await waitForAppState(s.page, 'ready');
  await s.page.locator(`.trainer-screen[data-code="${cigs.code}"]`).waitFor();
};
const screen = () => s.page.locator('.trainer-screen').getAttribute('data-code');
const answer = (code: string) => s.page.locator(`.trainer-answer[data-answer-code="${code}"]`);

describe.skipIf(!hasChromium)('trainer mode on Lifestyle', () => {
  it('starts at the 100-cigarettes question; "Yes" leads to how often, "No" skips it', async () => {
    expect(yes).toBeGreaterThanOrEqual(0);
    expect(afterNo).not.toBe(frequency.code);
    await open();
    await s.page.keyboard.press(String(yes + 1)); // number keys pick answers
    await expect.poll(() => answer('100CigsLifetime_Yes').getAttribute('aria-checked')).toBe('true');
    await s.page.keyboard.press('Enter');
    await expect.poll(screen).toBe(frequency.code);
    await expect.poll(() => s.page.locator('.trainer-question').innerText()).toContain(plain(frequency.text.en).slice(0, 40));
    await s.page.keyboard.press('b'); // back along the path
    await expect.poll(screen).toBe(cigs.code);
    await answer('100CigsLifetime_No').click();
    await s.page.getByRole('button', { name: /Next/ }).click();
    await expect.poll(screen).toBe(afterNo);
    expect(s.page.url()).toContain(`q=${afterNo}`); // the place is in the URL
  });

  it('does the same in Spanish, and keeps the place when the language changes', async () => {
    await open('?lang=es');
    const h = s.page.locator('.trainer-question [lang="es"]');
    await expect.poll(() => h.innerText()).toBe(plain(cigs.text.es));
    await expect.poll(() => answer('100CigsLifetime_Yes').innerText()).toContain(plain(cigs.answers[yes]!.text.es));
    await answer('100CigsLifetime_Yes').click();
    await s.page.keyboard.press('Enter');
    await expect.poll(screen).toBe(frequency.code);
    await expect.poll(() => h.innerText()).toBe(plain(frequency.text.es));
    await s.page.keyboard.press('l'); // es → both: same question, both languages stacked
    await expect.poll(() => s.page.locator('.trainer-question [lang]').count()).toBe(2);
    expect(await screen()).toBe(frequency.code);
    await s.page.keyboard.press('Backspace');
    await answer('100CigsLifetime_No').click();
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(screen).toBe(afterNo);
  });

  it('shows the codes on C and the key help on ?', async () => {
    await open();
    await expect(s.page.locator('.trainer-code').count()).resolves.toBe(0);
    await s.page.keyboard.press('c');
    await expect.poll(() => s.page.locator('.trainer-screen > .trainer-code').innerText()).toContain(cigs.code!);
    await s.page.keyboard.press('?');
    await expect.poll(() => s.page.getByRole('dialog').isVisible()).toBe(true);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByRole('dialog').count()).toBe(0);
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    await open('?codes=1');
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await s.page.addScriptTag({ content: axeSource }).catch(() => s.page.evaluate(axeSource));
    const run = () =>
      s.page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
    expect(await run()).toEqual([]);
    await s.page.keyboard.press('i'); // the question index
    await s.page.locator('.trainer-index').waitFor();
    expect(await run()).toEqual([]);
  });
});
