// The Spanish interface, view by view, in Chromium against the browser mode on the real database:
// no text of the interface may be an English string (a locale string the Spanish file changes, a
// field type, a relationship name, a provenance word, a date as the English PDFs print it). Every
// <details> is opened first, so the provenance and relationship tables are looked at too.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './helpers/chromium';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { englishLeftovers, englishOnlyPatterns, ENGLISH_DATE } from './helpers/english-leftovers';
import { surveyPresentation } from '../../electron/services/presentation';
import { fromDb } from './helpers/explorer';
import { mainViews } from './helpers/main-views';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;
const patterns = englishOnlyPatterns();

// From the database: a PDF with a printed English date, an answer with a standard concept, and a
// Basics question some of whose answers have no Spanish (the trainer's fallback).
const pdf = fromDb((db) => db.prepare(`SELECT id, printed_version AS v FROM documents WHERE printed_version IS NOT NULL ORDER BY id LIMIT 1`).get() as { id: number; v: string });
const answer = fromDb((db) => db.prepare(`SELECT a.code FROM options o JOIN items a ON a.id = o.answer_id WHERE a.code IS NOT NULL AND o.standard_concept_id IS NOT NULL AND a.concept_id IS NOT NULL ORDER BY a.id LIMIT 1`).get() as { code: string });
// The trainer's list is the release's (its print's Spanish where the prints run in step), so the
// question is read from it: the first whose list has a worded answer with no Spanish.
const fallback = fromDb((db) => {
  const row = surveyPresentation(db, 'basics')!.rows.find((r) => r.code && r.answers.some((a) => !a.text.es && /\p{L}/u.test(a.text.en ?? '')));
  return { code: row!.code! };
});
// The main views, and the pages where the issue found English: an answer's relationships, a retired
// module's card, a PDF with a printed date, the trainer falling back to English.
const VIEWS = [...mainViews(), '#/surveys/basics', `#/item/${answer.code}`, '#/item/pmh', `#/pdf/${pdf.id}`, `#/present/basics?q=${encodeURIComponent(fallback.code)}&lang=es`];

async function openInSpanish(hash: string) {
  const page = ui.s.page;
  await page.goto(ui.served.url);
  await page.evaluate(() => localStorage.setItem('ppi.uiLanguage', 'es'));
  await page.goto(`${ui.served.url}${hash}`);
  await page.reload();
  await page.locator('[data-app-state="ready"][data-route]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // A catalog group renders its table once opened.
  await page.waitForFunction(() => [...document.querySelectorAll('details.catalog-group')].every((d) => d.querySelector('table')));
}

describe.skipIf(!hasChromium)('the Spanish interface has no English leftovers', () => {
  ui = useBrowserMode();

  it('the checker itself finds what the issue found', async () => {
    // English field types, relationship names, provenance places and printed dates are caught.
    await openInSpanish('#/surveys');
    await ui.s.page.evaluate(() => {
      for (const t of ['single', 'Has Module', 'row 4', 'versión del May 30, 2017', 'Module concept card']) {
        const p = document.createElement('p');
        p.textContent = t;
        document.querySelector('main')!.append(p);
      }
    });
    const found = await englishLeftovers(ui.s.page, patterns);
    expect(found.map((f) => f.split(' ← ')[0])).toEqual(['single', 'Has Module', 'row 4', 'versión del May 30, 2017', 'Module concept card']);
    expect(new RegExp(ENGLISH_DATE).test(pdf.v)).toBe(true); // the PDFs do print English dates
  });

  for (const hash of VIEWS) {
    it(`${hash}`, async () => {
      await openInSpanish(hash);
      if (hash.startsWith('#/present')) {
        if (hash.includes('lang=es')) await ui.s.page.getByTestId('trainer-fallback').first().waitFor();
        else await ui.s.page.locator('.trainer-screen').first().waitFor();
        await ui.s.page.keyboard.press('?');
      }
      // The text layer is the PDF's own (English) words, marked with the document's language: wait
      // for it so the check always sees it.
      if (hash.startsWith('#/pdf')) await ui.s.page.locator('.pdf-page[data-rendered="true"] .textLayer span').first().waitFor({ timeout: 30_000 });
      expect(await englishLeftovers(ui.s.page, patterns)).toEqual([]);
    });
  }
});
