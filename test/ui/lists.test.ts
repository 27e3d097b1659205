// Variable lists (F9) in Chromium against the browser mode on the real database, with a user-data
// folder of its own: build a list from search results, reorder it by keyboard, download its CSV
// and compare it with the database, copy the SQL, and check the Lists page with axe.
import { parse } from 'csv-parse/sync';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadListsFile } from '../../electron/services/lists/lists-file';
import { listsFilePath } from '../../electron/services/lists/lists-store';
import { seriousViolations } from './helpers/explorer';
import { CHROMIUM } from './helpers/chromium';
import { expectItem, pageReady } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;
let userData: string;

async function addFromSearch(query: string, code: string, pick: (form: import('playwright-core').Locator) => Promise<void>) {
  await ui.s.page.goto(`${ui.served.url}#/search?q=${encodeURIComponent(query)}`);
  await pageReady(ui.s.page);
  const row = ui.s.page.locator('[data-testid="page-results"] > li').filter({ has: ui.s.page.locator(`[data-testid="add-to-list"][aria-label*="${code}"]`) }).first();
  await row.getByTestId('add-to-list').click();
  const form = row.locator('form.add-to-list-form');
  await pick(form);
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(() => row.locator('.add-status').textContent()).toMatch(/^Added to “Smoking study”/);
}

describe.skipIf(!hasChromium)('variable lists in the browser mode', () => {
  ui = useBrowserMode({
    env: () => {
      userData = mkdtempSync(join(tmpdir(), 'ppi-ui-lists-'));
      return { PPI_USER_DATA_DIR: userData };
    },
  });
  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it('builds a list from search results, reorders it by keyboard, downloads the CSV and copies the SQL', async () => {
    const smoke = expectItem('Smoking_SmokeFrequency')!;
    const cigs = expectItem('1585857')!;
    await addFromSearch('Smoking_SmokeFrequency', 'Smoking_SmokeFrequency', async (form) => {
      await form.getByRole('combobox').selectOption({ label: 'New list…' });
      await form.getByLabel('Name of the new list').fill('Smoking study');
    });
    const yes = cigs.answers.find((a) => a.code === '100CigsLifetime_Yes')!;
    await addFromSearch('1585857', cigs.code!, async (form) => {
      await form.getByLabel('Only these answers').check();
      await form.getByLabel(new RegExp(`${yes.text.en}`)).first().check();
    });
    await expect.poll(() => ui.s.page.getByTestId('nav-lists').textContent()).toBe('Lists 1 (1 list)');

    await ui.s.page.getByTestId('nav-lists').click();
    await pageReady(ui.s.page);
    const codes = () => ui.s.page.getByTestId('list-entry').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.code));
    expect(await codes()).toEqual([smoke.code, cigs.code]);
    await ui.s.page.getByLabel(`Note on ${cigs.code}`).first().focus();
    await ui.s.page.keyboard.press('Alt+ArrowUp');
    await expect.poll(codes).toEqual([cigs.code, smoke.code]);
    await ui.s.page.getByRole('button', { name: `Move ${cigs.code} down` }).click();
    await expect.poll(codes).toEqual([smoke.code, cigs.code]);

    // Download the CSV and compare it with the database.
    await ui.s.page.getByTestId('export-format').selectOption('csv');
    const [download] = await Promise.all([ui.s.page.waitForEvent('download'), ui.s.page.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('Smoking-study.csv');
    const rows = parse(readFileSync((await download.path())!, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const expected = [
      { kind: 'question', code: smoke.code, ppi_concept_id: String(smoke.conceptId) },
      ...smoke.answers.map((a) => ({ kind: 'answer', code: a.code, ppi_concept_id: a.conceptId == null ? '' : String(a.conceptId) })),
      { kind: 'question', code: cigs.code, ppi_concept_id: String(cigs.conceptId) },
      { kind: 'answer', code: yes.code, ppi_concept_id: String(yes.conceptId ?? '') },
    ];
    expect(rows.map((r) => ({ kind: r.kind, code: r.code, ppi_concept_id: r.ppi_concept_id }))).toEqual(expected);
    expect(rows[0]!.text_es).toBe(smoke.text.es);

    // Copy the BigQuery SQL to the clipboard.
    await ui.s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ui.served.origin });
    await ui.s.page.getByTestId('export-format').selectOption('sql');
    await ui.s.page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => ui.s.page.locator('.export-status').textContent()).toMatch(/Copied BigQuery SQL/);
    const sql = await ui.s.page.evaluate(() => navigator.clipboard.readText());
    expect(sql).toContain(`observation_source_concept_id IN (${smoke.conceptId})`);
    expect(sql).toContain(`o.observation_source_concept_id = ${cigs.conceptId} AND (o.value_source_concept_id IN (${yes.conceptId}))`);

    // The list is in the user-data folder the server was given.
    const saved = loadListsFile(listsFilePath(userData), { setAside: false });
    expect(saved.from).toBe('main');
    expect(saved.data.lists[0]!.entries.map((e) => e.code)).toEqual([smoke.code, cigs.code]);

    expect(await seriousViolations(ui.s.page)).toEqual([]);
  });

  it('adds the selected question of the outline with the A key', async () => {
    const smoke = expectItem('Smoking_SmokeFrequency')!;
    await ui.s.page.goto(`${ui.served.url}#/surveys/lifestyle`);
    await pageReady(ui.s.page);
    await ui.s.page.getByTestId('outline-filter').fill(smoke.code!);
    const row = ui.s.page.locator(`[role="treeitem"]`).filter({ hasText: smoke.code! }).first();
    await row.focus();
    await expect.poll(() => ui.s.page.getByTestId('outline-add').textContent()).toContain(smoke.code!);
    await ui.s.page.keyboard.press('a');
    const form = ui.s.page.getByTestId('outline-add').locator('form.add-to-list-form');
    await form.getByRole('combobox').selectOption({ label: 'New list…' });
    await form.getByLabel('Name of the new list').fill('From the outline');
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => loadListsFile(listsFilePath(userData), { setAside: false }).data.lists.find((l) => l.name === 'From the outline')?.entries.map((e) => e.code)).toEqual([smoke.code]);
    expect(await seriousViolations(ui.s.page)).toEqual([]);
  });
});
