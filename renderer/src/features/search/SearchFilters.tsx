// The results page's query box and filters (survey, kind, language, source instrument). Every
// change rewrites the route, so the page is a deep link and back/forward restore it.
import { useTranslation } from 'react-i18next';
import { ItemKind } from '../../../../electron/contract/models';
import type { SearchParams } from '../../app/router';
import type { Facets } from './facets';
import { surveyName } from '../../app/survey-name';

const clip = (s: string) => (s.length > 70 ? `${s.slice(0, 69)}…` : s);
const FILTERS = ['survey', 'kind', 'lang', 'instrument'] as const;

export function SearchFilters({ params, facets, onChange }: { params: SearchParams; facets: Facets | null; onChange(p: SearchParams): void }) {
  const { t, i18n } = useTranslation('search');
  const set = (k: (typeof FILTERS)[number], v: string) => onChange({ ...params, [k]: v || undefined });
  const hasFilter = FILTERS.some((f) => params[f]);
  return (
    <form className="search-filters" role="search" aria-label={t('page.filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('page.query')}
        <input type="search" data-testid="search-page-query" value={params.q} autoComplete="off" spellCheck={false} onChange={(e) => onChange({ ...params, q: e.target.value })}
          onKeyDown={(e) => {
            // Down from the box goes to the first result; arrows then move between results.
            if (e.key !== 'ArrowDown') return;
            const first = document.querySelector<HTMLAnchorElement>('a.result-link');
            if (first) (e.preventDefault(), first.focus());
          }}
        />
      </label>
      <label>
        {t('page.survey')}
        <select value={params.survey ?? ''} onChange={(e) => set('survey', e.target.value)} data-testid="filter-survey">
          <option value="">{t('page.any')}</option>
          {facets?.surveys.map((s) => {
            const name = surveyName(s, i18n.resolvedLanguage);
            return (
              <option key={s.slug} value={s.slug} lang={name.lang}>
                {name.text}
              </option>
            );
          })}
        </select>
      </label>
      <label>
        {t('page.kind')}
        <select value={params.kind ?? ''} onChange={(e) => set('kind', e.target.value)} data-testid="filter-kind">
          <option value="">{t('page.any')}</option>
          {ItemKind.options.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('page.lang')}
        <select value={params.lang ?? ''} onChange={(e) => set('lang', e.target.value)} data-testid="filter-lang">
          <option value="">{t('page.langValue.any')}</option>
          <option value="en">{t('page.langValue.en')}</option>
          <option value="es">{t('page.langValue.es')}</option>
        </select>
      </label>
      <label>
        {t('page.instrument')}
        <select value={params.instrument ?? ''} onChange={(e) => set('instrument', e.target.value)} data-testid="filter-instrument">
          <option value="">{t('page.any')}</option>
          {facets?.instruments.map((i) => (
            <option key={i.key} value={i.key}>
              {clip(i.shortName ? `${i.shortName} — ${i.name}` : i.name)}
            </option>
          ))}
        </select>
      </label>
      {hasFilter && (
        <button type="button" onClick={() => onChange({ q: params.q })}>
          {t('page.clear')}
        </button>
      )}
    </form>
  );
}
