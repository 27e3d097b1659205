// The sources browser (F7) and About the data (F13) in Chromium against the browser mode on the
// real database, in both UI languages, with axe in light and dark.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupByRepository, shares } from '../../renderer/src/features/about/about-model';
import { seriousViolations } from './helpers/axe-violations';
import { CHROMIUM } from './helpers/chromium';
import { expectAbout, expectInstrument, expectInstruments, hash, pageReady } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { locale, setUiLanguage, UI_LANGS } from './helpers/ui-language';

const hasChromium = existsSync(CHROMIUM);
const MINE = ['main'];
const TUS = 's:tuscps'; // the TUS-CPS instrument's key in the database (listInstruments)
let ui: BrowserModeRun;

describe.skipIf(!hasChromium)('sources browser and About the data', () => {
  ui = useBrowserMode();

  describe.each(UI_LANGS)('UI in %s', (lang) => {
    const t = locale(lang, 'sources');
    const a = locale(lang, 'about');
    const open = async (route: string, name: string) => {
      await ui.s.page.goto(ui.served.url);
      await pageReady(ui.s.page);
      await setUiLanguage(ui.s.page, lang);
      await ui.s.page.evaluate((r) => (location.hash = r), route);
      await pageReady(ui.s.page, name);
    };
    const rowKeys = () => ui.s.page.locator('[data-testid="source-row"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.key));

    it('lists every instrument questions cite, TUS-CPS among them; filters and sorts', async () => {
      await open('#/sources', 'sources');
      const all = expectInstruments();
      const linked = all.filter((i) => i.questionCount > 0);
      expect((await rowKeys()).sort()).toEqual(linked.map((i) => i.key).sort());
      const tus = all.find((i) => i.key === TUS)!;
      expect(tus.shortName).toBe('TUS-CPS');
      await ui.s.page.getByTestId('sources-filter').fill('tus-cps');
      await expect.poll(rowKeys).toContain(TUS);
      await ui.s.page.getByTestId('sources-filter').fill('');
      await ui.s.page.getByRole('button', { name: t.list.sortBy.replace('{{column}}', t.list.col.year) }).click();
      expect(await ui.s.page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
      const years = await ui.s.page.locator('[data-testid="source-row"] td:nth-child(4)').allTextContents();
      const known = years.filter((y) => y !== '—');
      expect(known).toEqual([...known].sort((x, y) => x.localeCompare(y, undefined, { numeric: true })));
      await ui.s.page.getByRole('checkbox', { name: t.list.showUnlinked }).check();
      await expect.poll(async () => (await rowKeys()).length).toBe(all.length);
    });

    it("TUS-CPS's page lists Smoking_SmokeFrequency with its original wording, linked to its card", async () => {
      await open('#/sources', 'sources');
      const ins = expectInstrument(TUS)!;
      await ui.s.page.locator(`[data-testid="source-row"][data-key="${TUS}"] a`).first().click();
      await pageReady(ui.s.page, 'source');
      expect(await hash(ui.s.page)).toBe(`#/sources/${TUS}`);
      expect(await ui.s.page.getByRole('heading', { level: 2 }).textContent()).toBe(ins.name);
      const q = ins.questions.find((x) => x.code === 'Smoking_SmokeFrequency')!;
      expect(q.originalText).toBeTruthy();
      const row = ui.s.page.locator('[data-testid="derived-question"][data-code="Smoking_SmokeFrequency"]');
      expect(await row.getByTestId('original-wording').textContent()).toBe(q.originalText);
      expect(await ui.s.page.locator('[data-testid="derived-question"]').count()).toBe(ins.questions.length);
      expect(await ui.s.page.getByRole('link', { name: ins.url! }).getAttribute('href')).toBe(ins.url);
      await row.getByRole('link', { name: 'Smoking_SmokeFrequency' }).click();
      await pageReady(ui.s.page, 'item');
      expect(await hash(ui.s.page)).toBe('#/item/Smoking_SmokeFrequency');
    });

    it('an unknown instrument key shows a message, not an error', async () => {
      await open('#/sources/no-such-instrument', 'source');
      expect(await ui.s.page.getByRole('heading', { level: 2 }).textContent()).toBe(t.detail.notFound.replace('{{key}}', 'no-such-instrument'));
    });

    it('About lists every source repository with its short commits, the coverage figures and the codebook date', async () => {
      await open('#/about', 'about');
      const about = expectAbout();
      const groups = groupByRepository(about.sources);
      const repos = await ui.s.page.locator('[data-testid="source-repo"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.repo));
      expect(repos).toEqual(groups.map((g) => g.repo));
      for (const g of groups) {
        const commits = await ui.s.page.locator(`[data-testid="source-repo"][data-repo="${g.repo}"] [data-testid="commit"]`).allTextContents();
        expect(new Set(commits)).toEqual(new Set(g.commits.map((c) => c.slice(0, 7))));
      }
      const q = shares(about.coverage);
      expect(await ui.s.page.locator('[data-testid="coverage-q"] tbody tr').count()).toBe(q.length);
      const spanish = q.find((x) => x.key === 'withSpanish')!;
      const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(spanish.share);
      expect(await ui.s.page.locator('[data-testid="coverage-q"] tr[data-key="withSpanish"]').textContent()).toContain(pct);
      expect(await ui.s.page.locator('[data-testid="coverage-q"] tr[data-key="withSpanish"] th').textContent()).toBe(a.coverage.q.withSpanish);
      expect(await ui.s.page.locator('[data-testid="coverage-a"] tbody tr').count()).toBe(shares(about.answerCoverage).length);
      const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${about.codebookAsOf}T00:00:00Z`));
      expect(await ui.s.page.getByTestId('codebook-as-of').textContent()).toBe(day);
    });

    it.each(['light', 'dark'] as const)('has no serious accessibility violation on sources, an instrument and About, %s theme', async (theme) => {
      await ui.s.page.emulateMedia({ colorScheme: theme });
      for (const [route, name] of [['#/sources', 'sources'], [`#/sources/${TUS}`, 'source'], ['#/about', 'about']] as const) {
        await open(route, name);
        expect(await seriousViolations(ui.s.page, MINE), route).toEqual([]);
      }
    });
  });
});
