// Releases in Chromium against the browser mode on the real database: the release picker in the
// outline and the trainer (in the URL), the catalog's releases, the diff page (filter, CSV) and
// the alignment page (only flagged), in English and Spanish, light and dark, with axe on each.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { surveyOutline } from '../../electron/services/outline';
import { alignment } from '../../electron/services/releases/align';
import { releaseDiff } from '../../electron/services/releases/diff';
import { showItem } from '../../electron/services/item-detail';
import { answerGroups } from '../../renderer/src/features/detail/answer-groups';
import { useBrowserMode } from './helpers/browser-mode-run';
import { fromDb, seriousViolations, setUiLanguage, text, waitForPage, type Lang } from './helpers/explorer';

// Expected values from the database through the same services.
const nov = fromDb((db) => surveyOutline(db, 'cope', 'cope-2020-11')!);
const mayToJune = fromDb((db) => releaseDiff(db, 'cope', 'cope-2020-05', 'cope-2020-06')!);
const basicsQ = fromDb((db) => alignment(db, 'basics', 'basics-qv10.21.19')!);
// A PFHH question whose 2018 Personal Medical History list is coded and its PFHH list by concept ID.
const polyps = fromDb((db) => showItem(db, 'Digestive_HowOldWereYouColonPolyps')!);
const polypsGroups = answerGroups(polyps.answers, polyps.releases!);
const SHOTS = process.env.PPI_SCREENSHOTS_DIR;

const ui = useBrowserMode();
// The interface language is chosen on the catalog (trainer mode hides the header), then kept.
const go = async (hash: string, lang: Lang = 'en') => {
  if (lang !== 'en') {
    await ui.s.page.goto(`${ui.served.url}#/surveys`);
    await waitForPage(ui.s.page, '#/surveys');
    await setUiLanguage(ui.s.page, lang);
  }
  await ui.s.page.goto(`${ui.served.url}${hash}`);
  await waitForPage(ui.s.page, hash);
};
const shot = async (name: string) => SHOTS && writeFileSync(join(SHOTS, `${name}.png`), await ui.s.page.screenshot({ fullPage: false }));
const axe = async () => {
  for (const scheme of ['light', 'dark'] as const) {
    await ui.s.page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(ui.s.page), scheme).toEqual([]);
  }
};

describe.each(['en', 'es'] as const)('releases (%s interface)', (lang) => {
  it('outline: the picker shows the current release by default and opens another in the URL', async () => {
    await go('#/surveys/cope', lang);
    const picker = ui.s.page.getByTestId('release-picker');
    await expect.poll(() => picker.inputValue()).toBe('cope-2021-02');
    await picker.selectOption('cope-2020-11');
    await waitForPage(ui.s.page, '#/surveys/cope?release=cope-2020-11');
    const codes = await ui.s.page.locator('[data-testid="outline-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes[0]).toBe(nov.rows[0]!.code ?? '');
    await expect.poll(() => ui.s.page.getByText(text(lang, 'releases', 'compare')).count()).toBe(1);
    await shot(`outline-release-${lang}`);
    await axe();
  });

  it('trainer: the picker switches release and keeps it in the URL', async () => {
    await go('#/present/lifestyle', lang);
    const picker = ui.s.page.getByTestId('release-picker');
    await shot(`trainer-${lang}`);
    await expect.poll(() => picker.inputValue()).toBe('lifestyle-current');
    await picker.selectOption('lifestyle-q169');
    await expect.poll(() => ui.s.page.url()).toContain('release=lifestyle-q169');
    await ui.s.page.locator('.trainer-screen').waitFor();
    await axe();
  });

  it('item page: the answers each release lists, apart and the newest first', async () => {
    expect(polypsGroups.map((g) => g.release!.id)).toEqual(['pfhh-current', 'pmh-q689']);
    await go('#/item/Digestive_HowOldWereYouColonPolyps', lang);
    const groups = ui.s.page.getByTestId('answers').locator('tbody');
    await expect.poll(() => groups.count()).toBe(2);
    expect(await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-release')))).toEqual(['pfhh-current', 'pmh-q689']);
    const heading = (i: number) => groups.nth(i).locator('tr.answer-group th').textContent();
    expect(await heading(0)).toBe(text(lang, 'detail', 'answers.listedIn').replace('{{release}}', `pfhh · ${text(lang, 'releases', 'current')}`));
    expect(await heading(1)).toContain(text(lang, 'detail', 'answers.lastListedIn').replace('{{release}}', 'pmh · '));
    for (const [i, g] of polypsGroups.entries()) {
      const ids = await groups.nth(i).locator('[data-testid="answer-concept-id"]').evaluateAll((els) => els.map((e) => e.querySelector('code')?.textContent ?? null));
      expect(ids).toEqual(g.answers.map((a) => (a.conceptId === null ? null : String(a.conceptId))));
      const codes = await groups.nth(i).locator('tr[data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
      expect(codes).toEqual(g.answers.map((a) => a.code ?? ''));
    }
    await expect.poll(() => ui.s.page.getByText(text(lang, 'detail', 'answers.byRelease')).count()).toBe(1);
    await shot(`answers-by-release-${lang}`);
    await axe();
  });

  it('diff page: COPE May → June as the service says, filterable, exported as CSV', async () => {
    await go('#/diff/cope?from=cope-2020-05&to=cope-2020-06', lang);
    const added = ui.s.page.getByTestId('diff-added').locator('tbody tr');
    await expect.poll(() => added.count()).toBe(mayToJune.added.length);
    await ui.s.page.getByTestId('diff-show').selectOption('added');
    await waitForPage(ui.s.page, '#/diff/cope?from=cope-2020-05&to=cope-2020-06&show=added');
    await expect.poll(() => ui.s.page.getByTestId('diff-removed').count()).toBe(0);
    const download = ui.s.page.waitForEvent('download');
    await ui.s.page.getByTestId('diff-export').click();
    const file = await (await download).path();
    const csv = (await import('node:fs')).readFileSync(file!, 'utf8');
    expect(csv.trim().split(/\r\n/).length).toBe(1 + mayToJune.added.length);
    expect(csv).toContain(`cope-2020-05,cope-2020-06,added,`);
    await shot(`diff-${lang}`);
    await axe();
  });

  it('alignment page: only flagged items, flags named in the interface language', async () => {
    await go('#/align/basics?release=basics-qv10.21.19', lang);
    await expect.poll(() => ui.s.page.getByTestId('align-row').count()).toBe(basicsQ.rows.length);
    await ui.s.page.getByTestId('align-flagged').check();
    const flagged = basicsQ.rows.filter((r) => r.flags.length);
    await expect.poll(() => ui.s.page.getByTestId('align-row').count()).toBe(flagged.length);
    const first = flagged[0]!.flags[0]!;
    await expect.poll(() => ui.s.page.getByText(text(lang, 'releases', `flag.${first}`)).count()).toBeGreaterThan(0);
    expect(ui.s.page.url()).toContain('flagged=1');
    await shot(`align-${lang}`);
    await axe();
  });
});
