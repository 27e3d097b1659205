// nDCG@10 of a search over the relevance set (judgements.ts): each hit is looked up by its code
// (any letter case) or concept ID; an unjudged hit counts as not relevant.
import type { SearchHit } from '../../electron/contract/models';
import { JUDGED, type Grades, type Judged } from './judgements';

const K = 10;
const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => 1 / Math.log2(rank + 2);

export function gradeOf(hit: Pick<SearchHit, 'code' | 'conceptId'>, grades: Grades): number {
  return grades[hit.code?.toLowerCase() ?? ''] ?? grades[String(hit.conceptId)] ?? 0;
}

export function ndcgAt10(hits: Pick<SearchHit, 'code' | 'conceptId'>[], grades: Grades): number {
  const seen = new Set<string>();
  let dcg = 0;
  hits.slice(0, K).forEach((h, i) => {
    const key = h.code?.toLowerCase() ?? String(h.conceptId);
    // A judged item shown twice (a concept in two modules) earns its gain once.
    if (seen.has(key)) return;
    seen.add(key);
    dcg += gain(gradeOf(h, grades)) * discount(i);
  });
  const ideal = Object.values(grades).sort((a, b) => b - a).slice(0, K).reduce((s, grade, i) => s + gain(grade) * discount(i), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

export interface RelevanceReport { mean: number; byKind: Map<string, { n: number; mean: number }>; worst: { q: string; ndcg: number }[] }

export function evaluate(searchHits: (q: string) => Pick<SearchHit, 'code' | 'conceptId'>[], set: Judged[] = JUDGED): RelevanceReport {
  const scores = set.map((j) => ({ j, ndcg: ndcgAt10(searchHits(j.q), j.grades) }));
  const byKind = new Map<string, { n: number; mean: number }>();
  for (const { j, ndcg } of scores) {
    const k = byKind.get(j.kind) ?? { n: 0, mean: 0 };
    k.mean = (k.mean * k.n + ndcg) / (k.n + 1);
    k.n++;
    byKind.set(j.kind, k);
  }
  const mean = scores.reduce((s, x) => s + x.ndcg, 0) / scores.length;
  const worst = scores.sort((a, b) => a.ndcg - b.ndcg).slice(0, 8).map((x) => ({ q: x.j.q, ndcg: x.ndcg }));
  return { mean, byKind, worst };
}
