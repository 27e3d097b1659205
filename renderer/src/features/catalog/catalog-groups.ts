// The catalog's groups: current surveys, retired surveys, then minute and administrative modules
// apart (a methodologist rarely wants 60 one-question snap surveys mixed with the core surveys).
import type { Survey } from '../../../../electron/contract/models';

export const CATALOG_GROUPS = ['current', 'retired', 'minute', 'administrative', 'user'] as const;
export type CatalogGroup = (typeof CATALOG_GROUPS)[number];

export function groupOf(s: Pick<Survey, 'status' | 'category'>): CatalogGroup {
  if (s.category === 'minute') return 'minute';
  if (s.category === 'administrative') return 'administrative';
  if (s.category === 'user') return 'user';
  return s.status === 'current' ? 'current' : 'retired';
}

/** Groups in display order, each keeping the service's order; empty groups are left out. */
export function groupSurveys(surveys: Survey[]): { group: CatalogGroup; surveys: Survey[] }[] {
  return CATALOG_GROUPS.map((group) => ({ group, surveys: surveys.filter((s) => groupOf(s) === group) })).filter((g) => g.surveys.length > 0);
}
