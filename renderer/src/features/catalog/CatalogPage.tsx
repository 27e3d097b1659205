// F1: every module, current and retired, grouped, with EN/ES names, description, question and
// participant counts, versions and instrument PDFs; a filter narrows all groups at once.
// A closed group renders its table only when opened: the minute and administrative groups, closed
// at first, held two thirds of the page's elements and of its first render.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../../../electron/contract/models';
import { formatters } from '../../app/format';
import { usePageData } from '../../app/usePageData';
import { loadCatalog, takeArrivedCatalog } from './catalog-preload';
import { groupSurveys } from './catalog-groups';
import { filterSurveys } from './catalog-filter';
import { isGroupOpen, useCatalogStore } from './catalog-store';
import { SurveyTable } from './SurveyTable';
import { SurveyExport } from '../outline/SurveyExport';
import { surveyName } from '../../app/survey-name';
import './catalog.css';

export function CatalogPage() {
  const { i18n } = useTranslation();
  const data = usePageData(() => {
    const surveys = loadCatalog();
    // While the answer travels: the rows' number and date formats (the first costs tens of ms).
    formatters(i18n.resolvedLanguage ?? 'en');
    return surveys;
  }, [], takeArrivedCatalog);
  return data.state === 'ready' ? <Catalog surveys={data.data} /> : null;
}

function Catalog({ surveys }: { surveys: Survey[] }) {
  const { t, i18n } = useTranslation('catalog');
  const store = useCatalogStore();
  const shown = useMemo(() => filterSurveys(surveys, store.query), [surveys, store.query]);
  const groups = useMemo(() => groupSurveys(shown), [shown]);
  // Imported codebooks (category "user") have no interchange export; the bundled surveys do.
  const exportable = useMemo(
    () => surveys.filter((s) => s.category !== 'user').map((s) => ({ slug: s.slug, name: surveyName(s, i18n.resolvedLanguage) })),
    [surveys, i18n.resolvedLanguage],
  );

  return (
    <section aria-labelledby="catalog-title" className="catalog-page">
      <h2 id="catalog-title" tabIndex={-1}>
        {t('title')}
      </h2>
      <div className="toolbar">
        <label>
          {t('filter')}{' '}
          <input type="search" value={store.query} onChange={(e) => store.setQuery(e.target.value)} data-testid="catalog-filter" />
        </label>
        <p role="status" className="muted">
          {t('count', { count: shown.length, total: surveys.length })}
        </p>
      </div>
      {exportable.length > 0 && <SurveyExport slug={exportable[0]!.slug} choices={exportable} />}
      {groups.map(({ group, surveys: inGroup }) => {
        const open = isGroupOpen(store, group);
        return (
          <details
            key={group}
            className="catalog-group"
            open={open}
            onToggle={(e) => {
              const nowOpen = (e.currentTarget as HTMLDetailsElement).open;
              if (nowOpen !== open && !store.query.trim()) store.setOpen(group, nowOpen);
            }}
            data-group={group}
          >
            <summary>
              <h3>
                {t(`groups.${group}`)} <span className="muted">({t('groupCount', { count: inGroup.length })})</span>
              </h3>
            </summary>
            {open && <SurveyTable surveys={inGroup} caption={t(`groups.${group}`)} />}
          </details>
        );
      })}
    </section>
  );
}
