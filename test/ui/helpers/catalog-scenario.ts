// The checks shared by the browser-mode and the Electron runs: the app gets ready, lists every
// module the service lists, and asks nothing of any other origin.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { defaultDbPath } from '../../../codebooks/paths';
import { openCodebook } from '../../../electron/services/store';
import { listSurveys } from '../../../electron/services/surveys';

export function expectedSlugs(): string[] {
  const db = openCodebook(defaultDbPath());
  try {
    return listSurveys(db).map((s) => s.slug).sort();
  } finally {
    db.close();
  }
}

export async function waitForAppState(page: Page, state: 'ready' | 'error'): Promise<void> {
  await page.locator(`[data-app-state="${state}"]`).waitFor({ state: 'attached', timeout: 30_000 });
}

/** Opens every closed catalog group as a user does (a click on its summary) and waits for the
 *  tables: a closed group renders its rows only once opened. */
export async function openCatalogGroups(page: Page): Promise<void> {
  const closed = page.locator('details.catalog-group:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  await page.waitForFunction(() => [...document.querySelectorAll('details.catalog-group')].every((d) => d.querySelector('table')));
}

/** Sorted: the catalog groups modules (current, retired, minute, administrative); membership counts.
 *  Every group is opened first. */
export async function catalogSlugs(page: Page): Promise<string[]> {
  await openCatalogGroups(page);
  const slugs = await page.locator('[data-testid="survey-row"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.slug ?? ''));
  return slugs.sort();
}

export function expectOnlyOrigin(requests: string[], origin: string): void {
  const foreign = requests.filter((u) => new URL(u).origin !== origin && !u.startsWith(`${origin}/`));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
}
