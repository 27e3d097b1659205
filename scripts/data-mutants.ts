// `npm run test:data-mutants`: the data-mutation check on its own, with its table and evidence.
import { allClaims } from '../test/facts/readers';
import { runMutationCheck, table } from '../test/facts/mutation-check';
import { defaultDbPath } from '../codebooks/paths';

const seed = Number(process.env.MUTANT_SEED ?? 17);
const results = runMutationCheck(defaultDbPath(), await allClaims(), { seed, modules: Number(process.env.MUTANT_MODULES ?? 5) });
console.log(table(results));
for (const r of results) if (r.change !== null) console.log(`${r.caught ? 'caught' : 'MISSED'} ${r.kind} in ${r.module}: ${r.change}${r.evidence ? `\n    ${r.evidence}` : ''}`);
const missed = results.filter((r) => r.change !== null && !r.caught);
if (missed.length) process.exitCode = 1;
