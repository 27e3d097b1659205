// The catalog's groups and store, on made-up survey records.
import { afterEach, describe, expect, it } from 'vitest';
import type { Survey } from '../../../electron/contract/models';
import { groupOf, groupSurveys } from '../../../renderer/src/features/catalog/catalog-groups';
import { filterSurveys } from '../../../renderer/src/features/catalog/catalog-filter';
import { INITIAL_OPEN, isGroupOpen, useCatalogStore } from '../../../renderer/src/features/catalog/catalog-store';

const survey = (slug: string, status: Survey['status'], category: string, en: string, es: string | null = null): Survey => ({
  slug, conceptId: null, code: null, name: { en, es }, description: { en: null, es: null }, status, category,
  questionCount: 1, participantCount: null, versions: [], pdfs: [],
});

const made = [
  survey('made-up-snap', 'retired', 'minute', 'Snap'),
  survey('made-up-core', 'current', 'survey', 'Core', 'Básico'),
  survey('made-up-consent', 'retired', 'administrative', 'Consent'),
  survey('made-up-old', 'retired', 'survey', 'Old'),
];

describe('catalog', () => {
  afterEach(() => useCatalogStore.setState({ query: '', open: INITIAL_OPEN }));

  it('groups current, retired, minute, administrative in that order', () => {
    expect(groupSurveys(made).map((g) => [g.group, g.surveys.map((s) => s.slug)])).toEqual([
      ['current', ['made-up-core']],
      ['retired', ['made-up-old']],
      ['minute', ['made-up-snap']],
      ['administrative', ['made-up-consent']],
    ]);
    expect(groupOf({ status: 'current', category: 'minute' })).toBe('minute');
  });

  it('filters accent-insensitively on either name', () => {
    expect(filterSurveys(made, 'basico').map((s) => s.slug)).toEqual(['made-up-core']);
  });

  it('minute and administrative start closed; a filter opens every group', () => {
    const s = useCatalogStore.getState();
    expect(isGroupOpen(s, 'current')).toBe(true);
    expect(isGroupOpen(s, 'minute')).toBe(false);
    s.setOpen('minute', true);
    expect(isGroupOpen(useCatalogStore.getState(), 'minute')).toBe(true);
    useCatalogStore.getState().setQuery('x');
    expect(isGroupOpen(useCatalogStore.getState(), 'administrative')).toBe(true);
  });
});
