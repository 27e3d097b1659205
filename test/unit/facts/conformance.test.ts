// Every fact of the built database that a raw file states, compared with that file through the
// small readers of test/facts/readers (not the importers): concept IDs, codes, modules, English
// and Spanish wording, answer options with their IDs and labels, standard value concepts,
// branching rules and the PDFs' source years. A disagreement passes only when the build recorded
// it as a conflict, or it is one of the few listed in test/facts/known-gaps.ts.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaims, describe as say, type Disagreement } from '../../facts/check';
import type { Claim, Fact } from '../../facts/claims';
import { itemsOf, loadView, type DbView } from '../../facts/db-view';
import { isKnownGap, KNOWN_GAPS } from '../../facts/known-gaps';
import { allClaims } from '../../facts/readers';
import { realDbPath } from '../../helpers/real-db';

let db: Database.Database;
let view: DbView;
let claims: Claim[];
let found: Disagreement[];

beforeAll(async () => {
  db = new Database(realDbPath(), { readonly: true });
  view = loadView(db);
  claims = await allClaims();
  found = checkClaims(view, claims);
});
afterAll(() => db.close());

describe('the database agrees with every raw file that states a fact', () => {
  it('reads thousands of facts of every kind from every kind of raw file', () => {
    const count = (f: (c: Claim) => boolean) => claims.filter(f).length;
    const facts: [Fact, number][] = [['conceptId', 4000], ['module', 5000], ['text.en', 5000], ['text.es', 900], ['option', 10000], ['optionStandard', 200], ['branching', 3000], ['citation', 100]];
    for (const [fact, least] of facts) expect(count((c) => c.fact === fact), fact).toBeGreaterThan(least);
    for (const prefix of ['data-browser:', 'data-browser@', 'codebook-to-fhir:', 'api-payloads:', 'curation:', 'workbench@', 'pdf:']) {
      expect(count((c) => c.source.startsWith(prefix)), prefix).toBeGreaterThan(50);
    }
  });

  it('covers the questions of every survey module', () => {
    const modules = db.prepare("SELECT id, slug FROM modules WHERE category = 'survey'").all() as { id: number; slug: string }[];
    const covered = new Set<number>();
    for (const c of claims) if ('item' in c) for (const i of 'code' in c.item ? view.byCode.get(c.item.code.toLowerCase()) ?? [] : view.byConcept.get(c.item.conceptId) ?? []) covered.add(i.id);
    let all = 0;
    let seen = 0;
    for (const m of modules) {
      const questions = db.prepare("SELECT id FROM items WHERE kind = 'question' AND module_id = ?").all(m.id) as { id: number }[];
      const n = questions.filter((q) => covered.has(q.id)).length;
      all += questions.length;
      seen += n;
      // Family Health History is lowest (about a third): its grid rows come from the allofus grid, not read here.
      expect(n / questions.length, `${m.slug}: share of questions some raw file states a fact about`).toBeGreaterThan(0.3);
    }
    expect(seen / all).toBeGreaterThan(0.7);
  });

  it('has no disagreement but recorded conflicts and the listed known gaps', () => {
    const unexplained = found.filter((d) => !isKnownGap(d.claim));
    expect(unexplained.map(say)).toEqual([]);
  });

  it('lists only known gaps that still occur', () => {
    const stale = KNOWN_GAPS.filter((g) => !found.some((d) => isKnownGap(d.claim) === g));
    expect(stale.map((g) => `${g.source} ${g.fact} ${g.items.join(',')}: no longer differs; remove it from known-gaps.ts`)).toEqual([]);
  });
});
