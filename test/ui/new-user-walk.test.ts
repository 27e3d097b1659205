// Issue 15's walk, in Chromium against the browser mode on the real database: the small traps
// (header box, outline keys and filter, Show in PDF, answer hits into a list, dates, Esc), the
// catalog's labels and counts, the PMH module card, the trainer's answers, the theme choice and
// the workspace CDR of the Workbench snippets. Expected values come from the database and the
// locale files; axe is checked on the changed views in light and dark.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { surveyOutline } from '../../electron/services/outline';
import { surveyPresentation } from '../../electron/services/presentation';
import { filterOutline } from '../../renderer/src/features/outline/outline-filter';
import { CHROMIUM } from './helpers/chromium';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { dbSurvey, fromDb, seriousViolations, text } from './helpers/explorer';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;
const userData = mkdtempSync(join(tmpdir(), 'ppi-walk-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

const lifestyle = fromDb((db) => surveyOutline(db, 'lifestyle')!);
const disability = fromDb((db) => surveyPresentation(db, 'basics')!.rows.find((r) => r.code === '69856-3')!);
const printed = fromDb((db) =>
  JSON.parse((db.prepare(`SELECT p.answers FROM printed_questions p JOIN items i ON i.id = p.item_id JOIN documents d ON d.id = p.document_id WHERE i.code = '69856-3' AND d.language = 'en' ORDER BY p.link_score DESC, p.id LIMIT 1`).get() as { answers: string }).answers) as string[],
);
const unpublished = fromDb((db) => (db.prepare(`SELECT slug FROM modules WHERE status = 'current' AND participant_count IS NULL ORDER BY id`).all() as { slug: string }[]).map((r) => r.slug));

const page = () => ui.s.page;
async function open(hash: string) {
  await page().goto(`${ui.served.url}${hash}`);
  await page().locator(`[data-app-state="ready"][data-route]`).waitFor({ state: 'attached', timeout: 30_000 });
}

describe.skipIf(!hasChromium)("a new user's walk", () => {
  ui = useBrowserMode({ env: () => ({ PPI_USER_DATA_DIR: userData }) });

  it('header box: an old query does not stay over an unrelated page', async () => {
    await open('#/surveys');
    const box = page().getByRole('combobox', { name: text('en', 'search', 'box.label') });
    await box.fill('smoke');
    await page().locator('nav a[href="#/sources"]').click();
    await page().locator('[data-app-state="ready"][data-route="sources"]').waitFor({ state: 'attached' });
    await expect.poll(() => box.inputValue()).toBe('');
  });

  it('outline: A on a topic says why, C says what it copied, the filter finds answer labels', async () => {
    await ui.s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ui.served.origin });
    await open('#/surveys/lifestyle');
    const topic = lifestyle.rows.findIndex((r) => r.kind === 'topic');
    const question = lifestyle.rows.findIndex((r, i) => i > topic && r.kind === 'question' && r.code);
    expect(topic).toBe(0); // Lifestyle's outline starts with a topic (expected from the service)
    await page().locator('[role="treeitem"]').first().focus();
    await page().keyboard.press('a');
    const notice = page().getByTestId('outline-notice');
    await expect.poll(() => notice.textContent()).toBe(text('en', 'outline', 'onlyQuestions').replace('{{code}}', lifestyle.rows[topic]!.code!));
    for (let i = 0; i < question; i++) await page().keyboard.press('ArrowDown');
    await page().keyboard.press('c');
    await expect.poll(() => notice.textContent()).toBe(text('en', 'outline', 'copied').replace('{{code}}', lifestyle.rows[question]!.code!));
    expect(await page().evaluate(() => navigator.clipboard.readText())).toBe(lifestyle.rows[question]!.code);
    // "todos los dias" (no accent) is an answer label of several Lifestyle questions.
    const expected = filterOutline(lifestyle.rows, 'todos los dias').matches.size;
    expect(expected).toBeGreaterThan(1);
    await page().getByTestId('outline-filter').fill('todos los dias');
    await expect.poll(() => page().getByTestId('outline-status').textContent()).toBe(`${expected} matching rows`);
    await expect.poll(() => page().locator('[data-testid="outline-row"][data-code="Smoking_SmokeFrequency"]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('detail: Show in PDF sits near the top, above the answers', async () => {
    await open('#/item/Smoking_SmokeFrequency');
    const show = page().locator('.show-in-pdf');
    await show.waitFor();
    const pdfTop = (await show.boundingBox())!.y;
    expect(pdfTop).toBeLessThan((await page().locator('table.data').first().boundingBox())!.y);
    expect(pdfTop).toBeLessThan(page().viewportSize()!.height);
  });

  it('an answer hit goes into a list as its question with that answer; one date format; Esc closes Choose answers', async () => {
    await open('#/search?q=SmokeFrequency_NotAtAll&kind=answer');
    const row = page().locator('[data-testid="page-results"] > li').filter({ has: page().locator('[aria-label*="SmokeFrequency_NotAtAll"]') }).first();
    await row.getByTestId('add-to-list').click();
    const form = row.locator('form.add-to-list-form');
    await expect.poll(() => form.textContent()).toContain(text('en', 'lists', 'add.answerTarget').replace('{{question}}', 'Smoking_SmokeFrequency'));
    await form.getByRole('combobox').selectOption({ label: text('en', 'lists', 'add.newList') });
    await form.getByRole('button', { name: text('en', 'lists', 'add.submit'), exact: true }).click();
    await expect.poll(() => row.locator('.add-status').textContent()).toMatch(/^Added to/);
    await open('#/lists');
    const entry = page().getByTestId('list-entry').first();
    expect(await entry.getAttribute('data-code')).toBe('Smoking_SmokeFrequency');
    expect(await entry.locator('.entry-answers').textContent()).toBe(text('en', 'lists', 'someAnswers').replace('{{answers}}', 'SmokeFrequency_NotAtAll'));
    const added = (await entry.locator('p.small').textContent())!;
    expect(added).not.toMatch(/\d{4}-\d{2}-\d{2}/); // the codebook date is written like the added date
    expect(added.match(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g)).toHaveLength(2);
    await entry.getByRole('button', { name: text('en', 'lists', 'chooseAnswers') }).click();
    await entry.locator('.choose-answers input').first().focus();
    await page().keyboard.press('Escape');
    await expect.poll(() => entry.locator('.choose-answers').count()).toBe(0);
    await expect.poll(() => page().evaluate(() => document.activeElement?.textContent)).toBe(text('en', 'lists', 'chooseAnswers'));
  });

  it('workspace CDR: asked once, remembered, written into the SQL', async () => {
    await ui.s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ui.served.origin });
    const cdr = 'fc-aou-cdr-made-up.C2099Q1R1'; // made up: the shape of a Workbench CDR dataset
    await open('#/lists');
    await page().getByTestId('export-format').selectOption('sql');
    await page().getByTestId('workspace-cdr').fill(cdr);
    await page().getByRole('button', { name: text('en', 'lists', 'export.copy') }).click();
    await expect.poll(() => page().locator('.export-status').textContent()).toMatch(/^Copied/);
    const sql = await page().evaluate(() => navigator.clipboard.readText());
    expect(sql).toContain(`\`${cdr}.observation\``);
    expect(sql).toContain(`\`${cdr}.concept\``);
    expect(sql).not.toContain('{CDR}');
    await page().reload();
    await page().locator('[data-app-state="ready"]').waitFor({ state: 'attached' });
    await page().getByTestId('export-format').selectOption('python');
    expect(await page().getByTestId('workspace-cdr').inputValue()).toBe(cdr);
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('catalog: capitalised version labels, "not published" counts, and the retired PMH module card', async () => {
    await open('#/surveys');
    // Lifestyle's releases ("Current", "2017 edition", "Questionnaire …"): none starts in lower case.
    const versions = await page().locator('[data-slug="lifestyle"] [data-testid="catalog-releases"] li > a').allTextContents();
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(v.charAt(0)).toBe(v.charAt(0).toUpperCase());
    expect(unpublished.length).toBeGreaterThan(0);
    for (const slug of unpublished) expect(await page().locator(`[data-slug="${slug}"] td:nth-child(4)`).textContent()).toBe(text('en', 'catalog', 'unknown'));
    await open('#/surveys/pmh');
    await page().getByRole('link', { name: text('en', 'outline', 'moduleCard') }).click();
    await page().locator('[data-testid="detail"][data-kind="module"]').waitFor();
    expect(await page().locator('[data-testid="ancestry"] [aria-current="page"]').textContent()).toBe(dbSurvey('pmh').name.en);
    expect(await page().locator('.kind-line a').getAttribute('href')).toBe('#/surveys/pmh');
  });

  it("trainer: The Basics' disability item in the printed order, and Skip is the trainer's control", async () => {
    expect(disability.answers.map((a) => a.text.en)).toEqual(printed);
    await open('#/present/basics?q=69856-3');
    const answers = page().locator('.trainer-answer .trainer-answer-text > span[lang="en"]');
    await expect.poll(() => answers.allTextContents()).toEqual(printed);
    const next = page().getByTestId('trainer-next');
    expect(await next.textContent()).toBe(`${text('en', 'trainer', 'skip')} →`);
    await page().keyboard.press('1');
    await expect.poll(() => next.textContent()).toBe(`${text('en', 'trainer', 'next')} →`);
  });

  it('theme: light, dark or system, remembered', async () => {
    await ui.s.page.emulateMedia({ colorScheme: 'light' });
    await open('#/surveys');
    const theme = () => page().evaluate(() => document.documentElement.dataset.theme);
    expect(await theme()).toBe('light');
    await page().getByTestId('theme').selectOption('dark');
    expect(await theme()).toBe('dark');
    expect(await page().evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await page().reload();
    await page().locator('[data-app-state="ready"]').waitFor({ state: 'attached' });
    expect(await theme()).toBe('dark');
    expect(await page().getByTestId('theme').inputValue()).toBe('dark');
    expect(await seriousViolations(page())).toEqual([]);
    await page().getByTestId('theme').selectOption('system');
    await ui.s.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    await ui.s.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');
  });
});
