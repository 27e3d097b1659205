// Which of a question's releases is the newest, the same for the service (the answers' order) and
// the renderer (the answers table's groups). The item's releases come module by module, oldest
// first (services/releases/item.ts: current modules first): the newest of the first module ranks 0.
interface Named { id: string; module: string }

export function releaseRanks(releases: readonly Named[]): Map<string, number> {
  const modules: string[] = [];
  for (const r of releases) if (!modules.includes(r.module)) modules.push(r.module);
  const ranks = new Map<string, number>();
  for (const m of modules) for (const r of releases.filter((x) => x.module === m).reverse()) ranks.set(r.id, ranks.size);
  return ranks;
}

/** The newest of `ids` among the ranked releases; null when none of them is one. */
export function newestOf(ids: readonly string[], ranks: Map<string, number>): string | null {
  let best: string | null = null;
  for (const id of ids) if (ranks.has(id) && (best === null || ranks.get(id)! < ranks.get(best)!)) best = id;
  return best;
}
