// Expected values for the search, sources and About tests, asked of the same services over the
// real database (never typed from memory), and the waits those tests share.
import type { Page } from 'playwright-core';
import { defaultDbPath } from '../../../codebooks/paths';
import type { SearchOptions } from '../../../electron/contract/models';
import { aboutData } from '../../../electron/services/about';
import { instrumentDetail, listInstruments } from '../../../electron/services/instruments';
import { showItem } from '../../../electron/services/item-detail';
import { search } from '../../../electron/services/search/search';
import { openCodebook, type Codebook } from '../../../electron/services/store';

function withDb<T>(f: (db: Codebook) => T): T {
  const db = openCodebook(defaultDbPath());
  try {
    return f(db);
  } finally {
    db.close();
  }
}

export const expectSearch = (q: string, o: SearchOptions = {}) => withDb((db) => search(db, q, o));
export const expectItem = (idOrCode: string) => withDb((db) => showItem(db, idOrCode));
export const expectInstrument = (key: string) => withDb((db) => instrumentDetail(db, key));
export const expectInstruments = () => withDb((db) => listInstruments(db));
export const expectAbout = () => withDb((db) => aboutData(db));

/** Waits until the palette shows the whole answer to `query` (its rows below the fold included). */
export async function paletteShows(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const list = document.querySelector<HTMLElement>('[data-testid="search-results"]');
    return list?.dataset.state === 'ready' && list.dataset.query === q && list.getAttribute('aria-busy') !== 'true';
  }, query);
}

export async function pageReady(page: Page, route?: string): Promise<void> {
  const sel = route ? `[data-app-state="ready"][data-route="${route}"]` : '[data-app-state="ready"]';
  await page.locator(sel).waitFor({ state: 'attached', timeout: 30_000 });
}

export const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));
