// References to other items on a concept card (its breadcrumb, its children, the questions that use
// an answer) and the chooser of a shared ID give each item's wording in the content language chosen
// (else the other), marked with the language it is in: in Spanish content, Spanish wording, read
// by a screen reader as Spanish whatever the interface's language. Expected values from the real
// database through the services the app uses; items chosen by SQL, never typed.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ItemRef } from '../../electron/contract/models';
import { CHROMIUM } from './helpers/chromium';
import { dbItem, fromDb, setUiLanguage, waitForPage } from './helpers/explorer';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { locale, UI_LANGS } from './helpers/ui-language';

const hasChromium = existsSync(CHROMIUM);
let ui: BrowserModeRun;

// A topic with questions worded differently in English and Spanish, an answer two or more questions
// use (with Spanish wording), and a standard value concept several answers share.
const topic = fromDb((db) => db.prepare(`SELECT t.code FROM items t WHERE t.kind = 'topic' AND t.code IS NOT NULL
  AND (SELECT count(*) FROM items q WHERE q.parent_id = t.id AND q.text_es IS NOT NULL AND q.text_en IS NOT NULL AND q.text_es <> q.text_en) >= 2 ORDER BY t.id LIMIT 1`).pluck().get() as string);
const answer = fromDb((db) => db.prepare(`SELECT a.code FROM items a JOIN options o ON o.answer_id = a.id JOIN items q ON q.id = o.question_id
  WHERE a.kind = 'answer' AND a.code IS NOT NULL AND q.text_es IS NOT NULL AND q.text_en <> q.text_es GROUP BY a.id HAVING count(DISTINCT q.id) >= 2 ORDER BY a.id LIMIT 1`).pluck().get() as string);
const shared = fromDb((db) => db.prepare(`SELECT standard_concept_id FROM options WHERE standard_concept_id IS NOT NULL
  GROUP BY 1 HAVING count(DISTINCT answer_id) > 1 ORDER BY count(DISTINCT answer_id) DESC, 1 LIMIT 1`).pluck().get() as number);

type Content = 'en' | 'es';
/** What a reference shows: the wording in the content language, else the other's, and that language. */
function expected(text: ItemRef['text'], content: Content) {
  const other = content === 'en' ? 'es' : 'en';
  const lang = text[content] ? content : text[other] ? other : null;
  return lang ? { lang, text: text[lang] } : null;
}
/** Per element, its wording's language mark and text (null where it has no marked wording). */
const marked = (sel: string) =>
  ui.s.page.locator(sel).evaluateAll((els) =>
    els.map((e) => {
      const w = e.querySelector('[lang]');
      return w ? { lang: w.getAttribute('lang'), text: w.textContent } : null;
    }),
  );

describe.skipIf(!hasChromium)('references give their wording in the content language, marked', () => {
  ui = useBrowserMode();

  it('the database has what the test needs', () => {
    expect(topic).toBeTruthy();
    expect(answer).toBeTruthy();
    expect(dbItem(topic).children.filter((c) => c.text.es && c.text.es !== c.text.en).length).toBeGreaterThanOrEqual(2);
    expect(dbItem(answer).usedBy.length).toBeGreaterThanOrEqual(2);
    expect(dbItem(String(shared)).candidates!.length).toBeGreaterThan(1);
  });

  describe.each(UI_LANGS)('UI in %s', (lang) => {
    const open = async (hash: string, content: Content) => {
      await ui.s.page.goto(`${ui.served.url}${hash}`);
      await waitForPage(ui.s.page, hash);
      if ((await ui.s.page.locator('html').getAttribute('lang')) !== lang) await setUiLanguage(ui.s.page, lang);
      await ui.s.page.getByRole('banner').getByLabel(locale(lang, 'common').app.contentLanguage).selectOption(content);
    };

    it.each(['es', 'en'] as const)('content in %s: a topic\'s questions, an answer\'s questions, its breadcrumb', async (content) => {
      const t = dbItem(topic);
      await open(`#/item/${topic}`, content);
      await expect.poll(() => marked('#children-title + .ref-list > li')).toEqual(t.children.map((c) => expected(c.text, content)));
      const a = dbItem(answer);
      await open(`#/item/${answer}`, content);
      await expect.poll(() => marked('#used-by-title + .ref-list > li')).toEqual(a.usedBy.map((q) => expected(q.text, content)));
      // The breadcrumb: the catalog, the ancestors (a module by its survey's name), the item itself.
      const crumbs = a.ancestry.map((r) => (r.kind === 'module' && a.survey?.name ? null : expected(r.text, content)));
      await expect.poll(() => marked('[data-testid="ancestry"] li')).toEqual([null, ...crumbs, null]);
      expect(crumbs.filter((c) => c?.lang === content).length).toBeGreaterThan(0);
    });

    it('the chooser of a shared ID, Spanish content: each item and its question', async () => {
      const candidates = dbItem(String(shared)).candidates!;
      await open(`#/item/${shared}`, 'es');
      const list = ui.s.page.getByTestId('candidates');
      await expect.poll(() => marked('[data-testid="candidates"] li a')).toEqual(candidates.map((c) => expected(c.text, 'es')));
      const questions = candidates.map((c) => (c.question ? expected(c.question.text, 'es') : null)).filter((q) => q !== null);
      expect(questions.some((q) => q.lang === 'es')).toBe(true);
      const shown = await list.locator('dd [lang]').evaluateAll((els) => els.map((e) => ({ lang: e.getAttribute('lang'), text: e.textContent })));
      expect(shown).toEqual(questions);
    });
  });
});
