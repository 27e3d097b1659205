// Helpers for the explorer's flows: expected values read from the real database and the locale
// files (never typed from memory), waiting for a page by its hash, axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { defaultDbPath } from '../../../codebooks/paths';
import type { ItemDetail, Survey } from '../../../electron/contract/models';
import { openCodebook } from '../../../electron/services/store';
import { showItem } from '../../../electron/services/item-detail';
import { listSurveys } from '../../../electron/services/surveys';
import { PROJECT_ROOT } from './serve';

export type Lang = 'en' | 'es';

export function fromDb<T>(read: (db: ReturnType<typeof openCodebook>) => T): T {
  const db = openCodebook(defaultDbPath());
  try {
    return read(db);
  } finally {
    db.close();
  }
}
export const dbItem = (code: string): ItemDetail => fromDb((db) => showItem(db, code)!);
export const dbSurvey = (slug: string): Survey => fromDb((db) => listSurveys(db).find((s) => s.slug === slug)!);

/** A string from locales/<lang>/<ns>.json by its dotted key. */
export function text(lang: Lang, ns: string, key: string): string {
  const json: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'locales', lang, `${ns}.json`), 'utf8'));
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], json) as string;
}

/** Waits until the page for `hash` has painted its data. */
export async function waitForPage(page: Page, hash: string): Promise<void> {
  await page.locator(`[data-app-state="ready"][data-hash="${hash}"]`).waitFor({ state: 'attached', timeout: 30_000 });
}

export async function setUiLanguage(page: Page, lang: Lang): Promise<void> {
  await page.locator('.header-tools select').nth(1).selectOption(lang);
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

const axeSource = () => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page as it is (id and first target). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Through the debugging protocol: a <script> tag would be (rightly) refused by the page's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run();
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}
