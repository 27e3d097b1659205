// Engineer A's flows in Chromium against the browser mode on the real database, in both UI
// languages: catalog → Lifestyle outline → Smoking_SmokeFrequency detail, deep links, back and
// forward, content language, and axe-core on each view in light and dark.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './helpers/chromium';
import { dbItem, dbSurvey, fromDb, seriousViolations, setUiLanguage, text, waitForPage, type Lang } from './helpers/explorer';
import { surveyOutline } from '../../electron/services/outline';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { catalogSlugs, expectedSlugs } from './helpers/catalog-scenario';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;

// Expected values come from the real database through the services the app uses.
const question = dbItem('Smoking_SmokeFrequency');
const parent = dbItem('Smoking_100CigsLifetime');
const notAtAll = question.answers.find((a) => a.code === 'SmokeFrequency_NotAtAll')!;
const lifestyle = dbSurvey('lifestyle');
// An answer whose only Spanish translates another wording (answer-spanish-pairs.ts), and one with none at all.
const unpairedEs = fromDb((db) => db.prepare(`SELECT code FROM items i WHERE kind = 'answer' AND code IS NOT NULL AND text_es IS NULL
  AND EXISTS (SELECT 1 FROM provenance p WHERE p.item_id = i.id AND p.context_id IS NULL AND p.field = 'text.es') ORDER BY id LIMIT 1`).pluck().get() as string);
const noEs = fromDb((db) => db.prepare(`SELECT code FROM items i WHERE kind = 'answer' AND code IS NOT NULL AND text_es IS NULL
  AND NOT EXISTS (SELECT 1 FROM provenance p WHERE p.item_id = i.id AND p.field LIKE '%.es') ORDER BY id LIMIT 1`).pluck().get() as string);
const expectedMinute = fromDb((db) => (db.prepare(`SELECT count(*) AS n FROM modules WHERE category = 'minute'`).get() as { n: number }).n);
// The answer that opens SmokeFrequency, as the outline labels it ("if Yes").
const opens = fromDb((db) => surveyOutline(db, 'lifestyle')!.rows.find((r) => r.code === 'Smoking_SmokeFrequency')!.condition!.opens[0]!.text.en!);

async function open(hash: string, lang: Lang) {
  await ui.s.page.goto(`${ui.served.url}${hash}`);
  await waitForPage(ui.s.page, hash);
  if ((await ui.s.page.locator('html').getAttribute('lang')) !== lang) await setUiLanguage(ui.s.page, lang);
}

describe.skipIf(!hasChromium)('explorer: catalog, outline, detail', () => {
  ui = useBrowserMode();

  it('the real values the flows expect', () => {
    expect(notAtAll.conceptId).toBe(1585863); // SmokeFrequency_NotAtAll's PPI concept ID in the database
    expect(question.conceptId).toBe(1585860);
    expect(question.sources.some((x) => x.instrument === 'TUS-CPS' && x.originalText)).toBe(true);
  });

  for (const lang of ['en', 'es'] as const) {
    describe(`UI in ${lang}`, () => {
      it('catalog lists every module in groups, counts by locale', async () => {
        await open('#/surveys', lang);
        await ui.s.page.getByRole('heading', { name: text(lang, 'catalog', 'title') }).waitFor();
        // Minute surveys start closed and unrendered; Enter on the group's summary opens and fills it.
        const minute = ui.s.page.locator('details[data-group="minute"]');
        expect(await minute.locator('[data-testid="survey-row"]').count()).toBe(0);
        await minute.locator('summary').focus();
        await ui.s.page.keyboard.press('Enter');
        await expect.poll(() => minute.locator('[data-testid="survey-row"]').count()).toBe(expectedMinute);
        expect(await catalogSlugs(ui.s.page)).toEqual(expectedSlugs());
        for (const g of ['current', 'retired', 'minute', 'administrative']) await ui.s.page.getByText(text(lang, 'catalog', `groups.${g}`)).first().waitFor();
        const row = ui.s.page.locator('[data-slug="lifestyle"]');
        expect(await row.textContent()).toContain(new Intl.NumberFormat(lang).format(lifestyle.participantCount!));
        expect(await row.textContent()).toContain(lifestyle.name.es!);
      });

      it('catalog → Lifestyle outline: SmokeFrequency nested under 100CigsLifetime; filter; keyboard', async () => {
        await open('#/surveys', lang);
        await ui.s.page.locator('[data-slug="lifestyle"] th a').first().click();
        await waitForPage(ui.s.page, '#/surveys/lifestyle');
        const child = ui.s.page.locator('[data-testid="outline-row"][data-code="Smoking_SmokeFrequency"]');
        const par = ui.s.page.locator('[data-testid="outline-row"][data-code="Smoking_100CigsLifetime"]');
        expect(Number(await child.getAttribute('data-depth'))).toBe(Number(await par.getAttribute('data-depth')) + 1);
        expect(Number(await child.getAttribute('data-row'))).toBeGreaterThan(Number(await par.getAttribute('data-row')));
        expect(await child.locator('.condition').textContent()).toContain(opens);
        expect(await child.locator('.condition').getAttribute('title')).toContain('Smoking_100CigsLifetime');
        expect(await child.getAttribute('aria-level')).toBe(String(Number(await par.getAttribute('aria-level')) + 1));

        // Filter by a Spanish word without its accent (the item's Spanish text has "frecuencia").
        await ui.s.page.getByTestId('outline-filter').fill('frecuencia fuma');
        await expect.poll(() => ui.s.page.locator('[data-testid="outline-row"].match').count()).toBeGreaterThan(0);
        expect(await ui.s.page.locator('[data-testid="outline-row"].match[data-code="Smoking_SmokeFrequency"]').count()).toBe(1);
        await ui.s.page.getByTestId('outline-filter').fill('');

        // Keyboard: focus the parent row, Right goes to its first follow-up, Enter opens it.
        await par.focus();
        await ui.s.page.keyboard.press('ArrowRight');
        await expect.poll(() => ui.s.page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('Smoking_SmokeFrequency');
        await ui.s.page.keyboard.press('Enter');
        await waitForPage(ui.s.page, '#/item/Smoking_SmokeFrequency');
      });

      it('detail: EN and ES text, answers with concept IDs, TUS-CPS source with a word diff, provenance', async () => {
        await open('#/item/Smoking_SmokeFrequency', lang);
        expect(await ui.s.page.getByTestId('text-en').locator('.wording').textContent()).toBe(question.text.en);
        expect(await ui.s.page.getByTestId('text-es').locator('.wording').textContent()).toBe(question.text.es);
        const row = ui.s.page.locator('[data-testid="answers"] tr[data-code="SmokeFrequency_NotAtAll"]');
        expect(await row.getByTestId('answer-concept-id').textContent()).toContain(String(notAtAll.conceptId));
        await ui.s.page.getByRole('button', { name: `${text(lang, 'common', 'copy.labelWhat').replace('{{what}}', text(lang, 'detail', 'answers.conceptId')).replace('{{value}}', String(notAtAll.conceptId))}` }).waitFor();
        const tus = ui.s.page.locator('.source-card[data-instrument="TUS-CPS"]');
        expect(await tus.locator('h4').textContent()).toBe('TUS-CPS');
        expect(await tus.locator('[data-testid="word-diff"] del').count()).toBeGreaterThan(0);
        expect(await tus.locator('[data-testid="word-diff"] ins, [data-testid="word-diff"] del').first().locator('.visually-hidden').count()).toBe(1);
        // Asked-when links to the parent question.
        await ui.s.page.locator('[data-testid="branching"] a', { hasText: 'Smoking_100CigsLifetime' }).first().waitFor();
        // Provenance on demand for the English text.
        const toggle = ui.s.page.locator('[data-testid="text-en"] .prov-toggle');
        await toggle.click();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        const chosen = question.provenance.filter((p) => p.field === 'text.en');
        expect(await ui.s.page.locator('[data-testid="text-en"] [data-testid="provenance"] tbody tr').count()).toBe(chosen.length);
        // The breadcrumb: module → topic → question.
        const crumbs = await ui.s.page.getByTestId('ancestry').locator('li').allTextContents();
        expect(crumbs.slice(1)).toEqual([lifestyle.name.en, question.ancestry[1]!.text.en, question.code]);
      });

      it('deep link #/item/1585860 survives a reload; back and forward move between pages', async () => {
        await open('#/item/1585860', lang);
        expect(await ui.s.page.locator('main h2').textContent()).toBe(question.text.en);
        await ui.s.page.reload();
        await waitForPage(ui.s.page, '#/item/1585860');
        expect(await ui.s.page.locator('html').getAttribute('lang')).toBe(lang); // the UI language is kept
        await ui.s.page.locator('[data-testid="branching"] a', { hasText: 'Smoking_100CigsLifetime' }).first().click();
        await waitForPage(ui.s.page, '#/item/Smoking_100CigsLifetime');
        expect(await ui.s.page.locator('main h2').textContent()).toBe(parent.text.en);
        await ui.s.page.goBack();
        await waitForPage(ui.s.page, '#/item/1585860');
        await ui.s.page.goForward();
        await waitForPage(ui.s.page, '#/item/Smoking_100CigsLifetime');
      });

      it('content language: Spanish only shows the Spanish wording, and is kept after a reload', async () => {
        await open('#/item/Smoking_SmokeFrequency', lang);
        await ui.s.page.locator('.header-tools select').first().selectOption('es');
        await ui.s.page.getByTestId('text-en').waitFor({ state: 'detached' });
        expect(await ui.s.page.locator('main h2').textContent()).toBe(question.text.es);
        await ui.s.page.reload();
        await waitForPage(ui.s.page, '#/item/Smoking_SmokeFrequency');
        expect(await ui.s.page.getByTestId('text-en').count()).toBe(0);
        expect(await ui.s.page.getByTestId('text-es').locator('.wording').textContent()).toBe(question.text.es);
      });

      it('detail: a Spanish that translates another wording is not shown, and the page says so', async () => {
        await open(`#/item/${unpairedEs}`, lang);
        expect(await ui.s.page.getByTestId('text-es').locator('p.muted').first().textContent()).toBe(text(lang, 'detail', 'noPairedText'));
        await open(`#/item/${noEs}`, lang);
        expect(await ui.s.page.getByTestId('text-es').locator('p.muted').first().textContent()).toBe(text(lang, 'detail', 'noText'));
      });

      for (const scheme of ['light', 'dark'] as const) {
        it(`no serious accessibility violation on catalog, outline and detail (${scheme})`, async () => {
          await ui.s.page.emulateMedia({ colorScheme: scheme });
          for (const hash of ['#/surveys', '#/surveys/lifestyle', '#/item/Smoking_SmokeFrequency', '#/item/1585855']) {
            await open(hash, lang);
            if (hash === '#/item/Smoking_SmokeFrequency') await ui.s.page.locator('[data-testid="text-en"] .prov-toggle').click();
            expect(await seriousViolations(ui.s.page), `${hash} ${lang} ${scheme}`).toEqual([]);
          }
        });
      }
    });
  }
});
