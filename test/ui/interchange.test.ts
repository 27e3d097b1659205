// F18 from the app, in Chromium against the browser mode on the real database: export a survey
// from its outline page (English light, Spanish dark), import an ATLAS concept set on the Lists
// page and export the list as ATLAS and DDI; axe on each view.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM } from './helpers/chromium';
import { fromDb, seriousViolations, setUiLanguage, text } from './helpers/explorer';
import { pageReady } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { DDI_SCHEMA, hasXmllint, xmllint } from '../unit/interchange/standards';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;
let userData: string;

async function download(page: Page, button: string): Promise<{ name: string; body: string; path: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = (await d.path())!;
  return { name: d.suggestedFilename(), body: readFileSync(path, 'utf8'), path };
}

// A question with its Spanish as the survey's current release words it (the export's default),
// else the codebook's.
const question = (code: string) =>
  fromDb(
    (db) =>
      db
        .prepare(
          `SELECT i.concept_id AS id, i.text_en AS en, coalesce((SELECT t.text FROM release_texts t JOIN releases r ON r.id = t.release_id AND r.is_current = 1
              JOIN release_sources s ON s.release_id = t.release_id AND s.source = t.source
             WHERE t.item_id = i.id AND t.lang = 'es' ORDER BY CASE s.role WHEN 'questionnaire' THEN 0 WHEN 'instrument-pdf' THEN 1 ELSE 2 END, s.rowid LIMIT 1), i.text_es) AS es
             FROM items i WHERE i.code = ? AND i.kind = 'question'`,
        )
        .get(code) as { id: number; en: string; es: string },
  );

// The catalog's survey picker: [slug, name shown, its lang attribute] of each option, by slug.
const bySlug = (a: readonly (string | null)[], b: readonly (string | null)[]) => (a[0]! < b[0]! ? -1 : 1);
const pickerNames = async (page: Page) =>
  (await page.getByTestId('survey-export-survey').locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent, o.getAttribute('lang')]))).sort(bySlug);
// What it should show, read from the database: every module (no codebook is imported here),
// named in the interface's language where the codebook has the name (modules.name_es).
const expectedNames = (lang: 'en' | 'es') =>
  fromDb((db) => db.prepare(`SELECT slug, name_en AS en, name_es AS es, code FROM modules`).all() as { slug: string; en: string | null; es: string | null; code: string | null }[])
    .map((m) => [m.slug, (lang === 'es' ? m.es : null) ?? m.en ?? m.code ?? m.slug, lang === 'es' && !m.es && m.en ? 'en' : null])
    .sort(bySlug);

describe.skipIf(!hasChromium)('interchange exports in the app', () => {
  ui = useBrowserMode({
    env: () => {
      userData = mkdtempSync(join(tmpdir(), 'ppi-ui-interchange-'));
      return { PPI_USER_DATA_DIR: userData };
    },
  });
  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it('exports Lifestyle from its outline page as FHIR (English, light) and REDCap (Spanish, dark)', async () => {
    const page = ui.s.page;
    const smoking = question('Smoking_100CigsLifetime');
    await page.goto(`${ui.served.url}#/surveys/lifestyle`);
    await pageReady(page);
    await page.getByTestId('survey-export-format').selectOption('fhir');
    const fhir = await download(page, text('en', 'outline', 'export.download'));
    expect(fhir.name).toBe('lifestyle-questionnaire.fhir.json');
    const q = JSON.parse(fhir.body);
    const all = (items: any[]): any[] => items.flatMap((i) => [i, ...all(i.item ?? [])]);
    const item = all(q.item).find((i) => i.linkId === 'Smoking_100CigsLifetime');
    expect(item.code[1]).toEqual({ system: 'https://fhir-terminology.ohdsi.org', code: String(smoking.id) });
    expect(item._text.extension[0].extension[1].valueString).toBe(smoking.es);
    await expect.poll(() => page.getByTestId('survey-export-status').textContent()).toBe(text('en', 'outline', 'export.downloaded').replace('{{file}}', fhir.name));
    expect(await seriousViolations(page)).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await setUiLanguage(page, 'es');
    await expect.poll(() => page.getByRole('group', { name: text('es', 'outline', 'export.label') }).count()).toBe(1);
    await page.getByTestId('survey-export-format').selectOption('redcap');
    const redcap = await download(page, text('es', 'outline', 'export.download'));
    expect(redcap.name).toBe('lifestyle-redcap-dictionary.csv');
    expect(redcap.body.split('\n')[0]).toMatch(/^Variable \/ Field Name,Form Name,Section Header,Field Type,Field Label,/);
    expect(redcap.body).toContain(`smoking_100cigslifetime,lifestyle,`);
    expect(redcap.body).toContain(`PPI concept ID: ${smoking.id}\n`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('exports a survey from the catalog (English light, Spanish dark): the same file as from its outline page', async () => {
    const page = ui.s.page;
    const noTime = (body: string) => body.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, 'TIME');
    await page.goto(`${ui.served.url}#/surveys`);
    await pageReady(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await setUiLanguage(page, 'en');
    const group = page.getByRole('group', { name: text('en', 'outline', 'export.labelAny') });
    await expect.poll(() => pickerNames(page)).toEqual(expectedNames('en'));
    await group.getByTestId('survey-export-survey').selectOption('basics');
    await group.getByTestId('survey-export-format').selectOption('ddi');
    const fromCatalog = await download(page, text('en', 'outline', 'export.download'));
    expect(fromCatalog.body).toContain('<codeBook xmlns="ddi:codebook:2_5"');
    if (hasXmllint && DDI_SCHEMA) expect(xmllint('--noout', '--schema', DDI_SCHEMA, fromCatalog.path).code).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${ui.served.url}#/surveys/basics`);
    await pageReady(page);
    await page.getByTestId('survey-export-format').selectOption('ddi');
    const fromOutline = await download(page, text('en', 'outline', 'export.download'));
    expect(fromCatalog.name).toBe(fromOutline.name);
    expect(noTime(fromCatalog.body)).toBe(noTime(fromOutline.body));

    await page.goto(`${ui.served.url}#/surveys`);
    await pageReady(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await setUiLanguage(page, 'es');
    const grupo = page.getByRole('group', { name: text('es', 'outline', 'export.labelAny') });
    await expect.poll(() => grupo.count()).toBe(1);
    // Spanish interface: each survey by its Spanish module title where the codebook has one
    // (modules.name_es), else its English name marked lang="en".
    const spanish = expectedNames('es');
    expect(spanish.filter((o) => o[2] === null).length).toBeGreaterThanOrEqual(10);
    await expect.poll(() => pickerNames(page)).toEqual(spanish);
    await grupo.getByTestId('survey-export-survey').selectOption('basics');
    if (process.env.PPI_SCREENSHOTS) {
      // A native drop-down does not paint in a screenshot: shown as an open list for the picture only.
      const picker = grupo.getByTestId('survey-export-survey');
      await picker.evaluate((e) => ((e as HTMLSelectElement).size = 14));
      await grupo.screenshot({ path: join(process.env.PPI_SCREENSHOTS, 'catalog-export-es.png') });
      await picker.evaluate((e) => ((e as HTMLSelectElement).size = 0));
    }
    await grupo.getByTestId('survey-export-format').selectOption('atlas');
    const atlas = await download(page, text('es', 'outline', 'export.download'));
    expect(atlas.name).toMatch(/atlas/);
    expect(JSON.parse(atlas.body).items.length).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('imports an ATLAS concept set on the Lists page, then exports the list as ATLAS and DDI', async () => {
    const page = ui.s.page;
    const ids = ['Smoking_100CigsLifetime', 'Smoking_SmokeFrequency'].map((c) => question(c).id);
    await page.goto(`${ui.served.url}#/lists`);
    await pageReady(page);
    const set = JSON.stringify({ items: ids.map((id) => ({ concept: { CONCEPT_ID: id }, isExcluded: false, includeDescendants: false, includeMapped: false })) });
    await page.getByTestId('import-list').setInputFiles({ name: 'Smoking set.json', mimeType: 'application/json', buffer: Buffer.from(set) });
    await page.getByRole('button', { name: /Smoking set/ }).click();
    await expect.poll(() => page.getByTestId('list-entry').count()).toBe(2);
    await page.getByTestId('export-format').selectOption('atlas');
    const atlas = await download(page, text('en', 'lists', 'export.download'));
    expect(atlas.name).toBe('Smoking-set-atlas-concept-set.json');
    expect(JSON.parse(atlas.body).items.map((i: { concept: { CONCEPT_ID: number } }) => i.concept.CONCEPT_ID)).toEqual(ids);
    await page.getByTestId('export-format').selectOption('ddi');
    const ddi = await download(page, text('en', 'lists', 'export.download'));
    expect(ddi.body).toContain('<codeBook xmlns="ddi:codebook:2_5"');
    if (hasXmllint && DDI_SCHEMA) expect(xmllint('--noout', '--schema', DDI_SCHEMA, ddi.path).code).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
