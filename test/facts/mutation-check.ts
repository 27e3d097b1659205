// The data-mutation check: broken copies of the built database, one per mutant kind and sampled
// module (seeded), each run through the fact checks; a mutant is caught when the checks report
// a disagreement the unbroken database does not have.
import Database from 'better-sqlite3';
import { pick as pickOne, rng, shuffle } from '../../bench/random';
import { checkClaims, describe } from './check';
import type { Claim } from './claims';
import { coverage } from './coverage';
import { itemsOf, loadView, type DbView } from './db-view';
import { isKnownGap } from './known-gaps';
import { MUTANTS } from './mutants';

export interface MutantResult {
  kind: string;
  module: string;
  /** What was changed, or null when the module has no fact of this kind that a reader states. */
  change: string | null;
  caught: boolean;
  /** The first disagreement the checks reported. */
  evidence?: string;
}

/** The mutants the issue named (The Basics and Lifestyle), always run. Codes as the issue gives them. */
export const NAMED: { kind: string; module: string; apply: (db: Database.Database) => string }[] = [
  {
    kind: 'concept IDs swapped',
    module: 'basics',
    apply: (db) => {
      db.prepare(`UPDATE items SET concept_id = CASE code WHEN 'Race_WhatRaceEthnicity' THEN (SELECT concept_id FROM items WHERE code = 'Asian_AsianSpecific')
                  ELSE (SELECT concept_id FROM items WHERE code = 'Race_WhatRaceEthnicity') END WHERE code IN ('Race_WhatRaceEthnicity', 'Asian_AsianSpecific')`).run();
      return 'Race_WhatRaceEthnicity <-> Asian_AsianSpecific';
    },
  },
  {
    kind: "a neighbour's Spanish",
    module: 'lifestyle',
    apply: (db) => {
      db.prepare("UPDATE items SET text_es = (SELECT text_es FROM items WHERE code = 'Smoking_100CigsLifetime') WHERE code = 'Smoking_SmokeFrequency'").run();
      return "Smoking_SmokeFrequency gets Smoking_100CigsLifetime's Spanish";
    },
  },
  {
    kind: 'branching rule flipped',
    module: 'basics',
    apply: (db) => {
      db.prepare(`UPDATE branching SET shown_when = 'hidden' WHERE shown_when = 'shown' AND child_id IN
                  (SELECT id FROM items WHERE code IN ('HealthInsurance_InsuranceTypeUpdate', 'HealthInsurance_HealthInsuranceType'))`).run();
      return 'insurance type: shown -> hidden';
    },
  },
];

/** The claims about each module: those naming an item (or parent, or answer) of it, and its PDFs' citations. */
function claimsByModule(view: DbView, claims: Claim[]): Map<number, Claim[]> {
  const out = new Map<number, Claim[]>();
  const citationModules = new Map<string, Set<number>>();
  for (const c of view.citations) if (c.module_id !== null) (citationModules.get(c.source) ?? citationModules.set(c.source, new Set()).get(c.source)!).add(c.module_id);
  for (const claim of claims) {
    const modules = new Set<number>();
    if (claim.fact === 'citation') for (const m of citationModules.get(claim.source) ?? []) modules.add(m);
    const keys = 'item' in claim ? [claim.item, ...('parent' in claim ? [claim.parent, claim.answer] : []), ...('answer' in claim && !('parent' in claim) ? [claim.answer] : [])] : [];
    for (const k of keys) for (const i of itemsOf(view, k)) for (const m of view.modules.get(i.id) ?? []) modules.add(m);
    for (const m of modules) (out.get(m) ?? out.set(m, []).get(m)!).push(claim);
  }
  return out;
}

const key = (d: { claim: Claim }) => `${d.claim.source}|${d.claim.at}|${d.claim.fact}|${JSON.stringify(d.claim)}`;

export function runMutationCheck(dbPath: string, claims: Claim[], options: { seed: number; modules: number }): MutantResult[] {
  const original = new Database(dbPath, { readonly: true });
  const bytes = original.serialize();
  const baseView = loadView(original);
  const baseline = new Set(checkClaims(baseView, claims).map(key));
  const cov = coverage(baseView, claims);
  const random = rng(options.seed);
  const surveys = original.prepare("SELECT id, slug FROM modules WHERE category = 'survey' ORDER BY slug").all() as { id: number; slug: string }[];
  original.close();
  // The Basics always (every kind of fact has a reader there), then a seeded draw of the others.
  const basics = surveys.filter((m) => m.slug === 'basics');
  const sample = [...basics, ...shuffle(random, surveys.filter((m) => m.slug !== 'basics'))].slice(0, options.modules);

  // Each copy is checked against the claims about its module (all claims would only be slower).
  const about = claimsByModule(baseView, claims);
  const run = (kind: string, module: string, moduleId: number, mutate: (db: Database.Database) => string | null): MutantResult => {
    const copy = new Database(bytes);
    try {
      const change = mutate(copy);
      if (change === null) return { kind, module, change, caught: false };
      const found = checkClaims(loadView(copy), about.get(moduleId) ?? []).filter((d) => !baseline.has(key(d)) && !isKnownGap(d.claim));
      return { kind, module, change, caught: found.length > 0, evidence: found[0] && describe(found[0]) };
    } finally {
      copy.close();
    }
  };

  const slugId = new Map(surveys.map((m) => [m.slug, m.id]));
  const results = NAMED.map((n) => run(n.kind, `${n.module} (issue)`, slugId.get(n.module) ?? -1, n.apply));
  for (const module of sample) {
    for (const [kind, mutate] of Object.entries(MUTANTS)) {
      const pick = <T>(xs: T[]) => (xs.length ? pickOne(random, xs) : undefined);
      results.push(run(kind, module.slug, module.id, (db) => mutate({ db, module, cov, pick })));
    }
  }
  return results;
}

/** Mutant kind × module: "caught", "MISSED", or "-" where the module has no stated fact of that kind. */
export function table(results: MutantResult[]): string {
  const modules = [...new Set(results.map((r) => r.module))];
  const kinds = [...new Set(results.map((r) => r.kind))];
  const cell = (k: string, m: string) => {
    const r = results.find((x) => x.kind === k && x.module === m);
    return !r ? '' : r.change === null ? '-' : r.caught ? 'caught' : 'MISSED';
  };
  const width = Math.max(...kinds.map((k) => k.length));
  const col = (m: string) => Math.max(m.length, 'caught'.length);
  const head = ['mutant'.padEnd(width), ...modules.map((m) => m.padEnd(col(m)))].join(' | ');
  const rows = kinds.map((k) => [k.padEnd(width), ...modules.map((m) => cell(k, m).padEnd(col(m)))].join(' | '));
  return [head, head.replace(/[^|]/g, '-'), ...rows].join('\n');
}
