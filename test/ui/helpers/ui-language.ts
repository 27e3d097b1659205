// The UI language of a page under test, and the strings it should show, read from the same locale
// files the app bundles (tests never retype UI text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from './serve';

export const UI_LANGS = ['en', 'es'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export function locale(lang: UiLang, ns: string): Record<string, any> {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'locales', lang, `${ns}.json`), 'utf8'));
}

/** Switches the interface language with the header's own control (the app starts in English here). */
export async function setUiLanguage(page: Page, lang: UiLang): Promise<void> {
  const label = locale((await page.locator('html').getAttribute('lang')) === 'es' ? 'es' : 'en', 'common').app.uiLanguage as string;
  await page.getByLabel(label).selectOption(lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}
