// The data-mutation check (test/facts/mutation-check.ts): broken copies of the built database
// (IDs or codes swapped, a neighbour's wording, a rule flipped, an option dropped, a source year
// changed, ...) in seeded sample modules, plus the named mutants; every one must make
// the fact checks fail. `npm run test:data-mutants` prints the same table with its evidence.
import { describe, expect, it } from 'vitest';
import { allClaims } from '../../facts/readers';
import { runMutationCheck, table } from '../../facts/mutation-check';
import { realDbPath } from '../../helpers/real-db';

describe('the fact checks catch a broken database', () => {
  it('catches every mutant, in several modules', async () => {
    const results = runMutationCheck(realDbPath(), await allClaims(), { seed: 17, modules: 5 });
    console.log(table(results));
    const made = results.filter((r) => r.change !== null);
    expect(made.length).toBeGreaterThan(30);
    expect(new Set(made.map((r) => r.module)).size).toBeGreaterThanOrEqual(5);
    expect(made.filter((r) => !r.caught).map((r) => `${r.kind} in ${r.module}: ${r.change}`)).toEqual([]);
    // The three data mutants are always among them.
    expect(results.filter((r) => r.module.endsWith('(issue)') && r.caught)).toHaveLength(3);
  }, 180_000); // about 40 copies of a 37 MB database: seconds on a quiet machine, more on a shared one
});
