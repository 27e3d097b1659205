// Imports (F17) in Chromium against the browser mode on the real database, with a user-data folder
// of its own. The browser mode has no native picker, so the path is typed into the page's path
// field. A made-up Athena folder fills an answer concept ID the bundled codebook lacks (shown with
// its "from your Athena download" provenance) and disagrees on another (shown, not applied).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from './helpers/chromium';
import { seriousViolations } from './helpers/axe-violations';
import { pageReady } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { locale, setUiLanguage } from './helpers/ui-language';
import { pickAthenaScenario, writeMadeUpAthena, type AthenaScenario } from './helpers/athena-scenario';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;
let userData: string;
let work: string;
let scenario: AthenaScenario;
let folder: string;
const en = locale('en', 'imports');

async function importPath(path: string): Promise<string> {
  await ui.s.page.goto(`${ui.served.url}#/imports`);
  await pageReady(ui.s.page);
  await ui.s.page.getByLabel(en.form.path).fill(path);
  await ui.s.page.getByRole('button', { name: en.form.start, exact: true }).click();
  const job = ui.s.page.getByTestId('import-job');
  await expect.poll(() => job.getAttribute('data-status'), { timeout: 60_000 }).not.toBe('running');
  return (await job.getAttribute('data-status'))!;
}

describe.skipIf(!hasChromium)('imports in the browser mode', () => {
  ui = useBrowserMode({
    env: () => {
      userData = mkdtempSync(join(tmpdir(), 'ppi-ui-imports-'));
      return { PPI_USER_DATA_DIR: userData };
    },
  });
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ppi-ui-athena-'));
    scenario = pickAthenaScenario();
    folder = writeMadeUpAthena(work, scenario);
  });
  afterAll(() => {
    rmSync(userData, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('refuses a folder without CONCEPT.csv, naming it, and keeps nothing', async () => {
    expect(await importPath(work)).toBe('failed');
    await expect.poll(() => ui.s.page.getByTestId('import-job').textContent()).toContain(`${work}: this folder has no CONCEPT.csv`);
    expect(await ui.s.page.getByTestId('imports').count()).toBe(0);
  });

  it('imports the made-up Athena folder: a missing answer ID is filled, with its provenance, and a disagreement is shown', async () => {
    expect(await importPath(folder)).toBe('done');
    await expect.poll(() => ui.s.page.locator('[data-import="athena"] th').textContent()).toBe('made-up-athena-ui');

    await ui.s.page.goto(`${ui.served.url}#/item/${encodeURIComponent(scenario.question)}`);
    await pageReady(ui.s.page);
    const filled = ui.s.page.locator(`[data-testid="answers"] tr[data-code="${scenario.missing.code}"] [data-testid="athena-filled"]`);
    expect(await filled.textContent()).toContain(String(scenario.missing.madeUpId));
    expect(await filled.textContent()).toContain(`from your Athena download, version ${scenario.version}`);
    const row = ui.s.page.locator(`[data-testid="answers"] tr[data-code="${scenario.disagreeing.code}"] [data-testid="answer-concept-id"]`);
    expect(await row.textContent()).toContain(String(scenario.disagreeing.bundledId));
    expect(await row.getByTestId('athena-disagrees').textContent()).toBe(
      `Your Athena download says ${scenario.disagreeing.madeUpId}: the bundled codebook's ID is kept (from your Athena download, version ${scenario.version})`,
    );
    const facts = ui.s.page.getByTestId('athena-facts');
    expect(await facts.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining(`Maps to value${scenario.mapsToValue.id}`)]);
    for (const scheme of ['light', 'dark'] as const) {
      await ui.s.page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(ui.s.page)).toEqual([]);
    }
  });

  it('finds the imported concepts beside the codebook, with a vocabulary filter, in English and Spanish', async () => {
    await ui.s.page.goto(`${ui.served.url}#/search?q=${encodeURIComponent('made-up standard value')}`);
    await pageReady(ui.s.page);
    const concepts = ui.s.page.getByTestId('imported-concepts');
    await expect.poll(() => concepts.locator('tbody tr').count()).toBe(1);
    expect(await concepts.locator(`tr[data-concept="${scenario.mapsToValue.id}"]`).count()).toBe(1);
    await ui.s.page.getByTestId('vocabulary-filter').selectOption('PPI');
    await expect.poll(() => concepts.locator('tbody tr').count()).toBe(0);
    await ui.s.page.getByTestId('vocabulary-filter').selectOption('MADEUP');
    await expect.poll(() => concepts.locator('tbody tr').count()).toBe(1);
    await setUiLanguage(ui.s.page, 'es');
    expect(await ui.s.page.locator('#imported-title').textContent()).toBe(locale('es', 'imports').search.title);
    for (const scheme of ['light', 'dark'] as const) {
      await ui.s.page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(ui.s.page)).toEqual([]);
    }
    await ui.s.page.goto(`${ui.served.url}#/imports`);
    await pageReady(ui.s.page);
    expect(await ui.s.page.locator('#page-title').textContent()).toBe(locale('es', 'imports').title);
    expect(await seriousViolations(ui.s.page)).toEqual([]);
    await ui.s.page.screenshot({ path: join(work, 'imports-es.png'), fullPage: true });
  });

  it('removes the import: the concept card is the bundled codebook alone again', async () => {
    await ui.s.page.goto(`${ui.served.url}#/imports`);
    await pageReady(ui.s.page);
    await ui.s.page.getByRole('button', { name: en.list.remove.replace('{{name}}', 'made-up-athena-ui') }).click();
    await expect.poll(() => ui.s.page.getByTestId('imports').count()).toBe(0);
    await ui.s.page.goto(`${ui.served.url}#/item/${encodeURIComponent(scenario.question)}`);
    await pageReady(ui.s.page);
    expect(await ui.s.page.getByTestId('athena-filled').count()).toBe(0);
    expect(await ui.s.page.getByTestId('athena-facts').count()).toBe(0);
  });
});
