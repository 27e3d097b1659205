// The app sends no Cross-Origin-Opener-Policy (electron/security/csp.ts), so a page it opens in a
// new tab (the browser mode's links to source instruments) must get no handle on the app's window:
// every target="_blank" in the renderer says rel "noopener".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..', 'renderer', 'src');
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));

describe('links that open a new tab', () => {
  it('all say rel="noopener"', () => {
    const blank = files.flatMap((f) => (readFileSync(join(root, f), 'utf8').match(/<a\b[^>]*target=["{'][^>]*>/gs) ?? []).map((tag) => ({ f, tag })));
    expect(blank.length).toBeGreaterThan(0); // SourceDetailPage's instrument links
    expect(blank.filter(({ tag }) => !/rel="[^"]*\bnoopener\b/.test(tag))).toEqual([]);
  });
});
