// The detail page's branching section names every answer a rule gives, those without a code too:
// by their label where some source gives one, else "label unknown (ID n)" (before, such answers
// were dropped and the rule read "… is" followed by nothing). The items are found by querying the
// real database, in both UI languages, axe in light and dark.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe-violations';
import { CHROMIUM } from './helpers/chromium';
import { fromDb } from './helpers/explorer';
import { pageReady } from './helpers/search-scenario';
import { useBrowserMode, type BrowserModeRun } from './helpers/browser-mode-run';
import { locale, setUiLanguage, UI_LANGS } from './helpers/ui-language';

const hasChromium = existsSync(CHROMIUM);
const SHOTS = join(import.meta.dirname, '..', '..', 'build', 'screenshots');

interface Uncoded {
  child: string;
  conceptId: number;
  en: string | null;
  es: string | null;
}

/** The first question (by code) asked when another question has an answer with no code, labelled or not;
 *  the label is the answer's under the rule's question where that question offers it (answer-ref.ts). */
function firstUncoded(labelled: boolean): Uncoded {
  return fromDb(
    (db) =>
      db
        .prepare(
          `WITH ans AS (
             SELECT a.id, a.concept_id,
               coalesce(a.text_en, (SELECT label_en FROM options WHERE answer_id = a.id AND label_en IS NOT NULL LIMIT 1)) AS en,
               coalesce(a.text_es, (SELECT label_es FROM options WHERE answer_id = a.id AND label_es IS NOT NULL LIMIT 1)) AS es
             FROM items a WHERE a.code IS NULL AND a.concept_id IS NOT NULL)
           SELECT c.code AS child, ans.concept_id AS conceptId, coalesce(o.label_en, ans.en) AS en,
               CASE WHEN o.label_en IS NOT NULL THEN o.label_es ELSE ans.es END AS es FROM branching b
             JOIN items c ON c.id = b.child_id JOIN json_each(b.answer_ids) j JOIN ans ON ans.id = j.value
             LEFT JOIN options o ON o.answer_id = ans.id AND o.question_id = b.parent_id AND o.label_en IS NOT NULL
           WHERE c.kind = 'question' AND c.code IS NOT NULL
             AND (SELECT count(*) FROM items x WHERE x.code_lower = c.code_lower) = 1
             AND (coalesce(ans.en, ans.es) IS NOT NULL) = ?
           ORDER BY c.code LIMIT 1`,
        )
        .get(labelled ? 1 : 0) as Uncoded,
  );
}

let ui: BrowserModeRun;

describe.skipIf(!hasChromium)('branching: answers without a code', () => {
  ui = useBrowserMode();
  const unknown = firstUncoded(false);
  const labelled = firstUncoded(true);

  describe.each(UI_LANGS)('UI in %s', (lang) => {
    const t = locale(lang, 'detail');
    const open = async (code: string) => {
      await ui.s.page.goto(ui.served.url);
      await pageReady(ui.s.page);
      await setUiLanguage(ui.s.page, lang);
      await ui.s.page.evaluate((r) => (location.hash = r), `#/item/${code}`);
      await pageReady(ui.s.page, 'item');
    };

    it('shows an answer no source labels as "label unknown" with its concept ID', async () => {
      expect(unknown, 'the database has such a rule').toBeTruthy();
      await open(unknown.child);
      const section = ui.s.page.getByTestId('branching');
      const expected = (t.labelUnknown as string).replace('{{id}}', String(unknown.conceptId));
      await expect.poll(() => section.getByTestId('rule-answer-uncoded').allTextContents()).toContain(expected);
      for (const scheme of ['light', 'dark'] as const) {
        await ui.s.page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(ui.s.page), `${lang} ${scheme}`).toEqual([]);
      }
      mkdirSync(SHOTS, { recursive: true });
      await section.screenshot({ path: join(SHOTS, `branching-uncoded-${lang}.png`) });
    });

    it('shows an answer without a code by its label, in the interface language where a source gives it', async () => {
      expect(labelled, 'the database has such a rule').toBeTruthy();
      await open(labelled.child);
      const label = (lang === 'es' ? labelled.es : labelled.en) ?? labelled.en ?? labelled.es;
      const answers = ui.s.page.getByTestId('branching').getByTestId('rule-answer-uncoded');
      await expect.poll(() => answers.allTextContents()).toContain(`${label} ${labelled.conceptId}`);
      expect(await seriousViolations(ui.s.page)).toEqual([]);
    });
  });
});
