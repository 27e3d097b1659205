// The full results page (#/search?q=&survey=&kind=&lang=&instrument=): the query and filters from
// the route, up to PAGE_LIMIT hits with both codes and both languages, the "did you mean"
// suggestion when nothing matches. Arrow keys move between results; Enter opens one.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { ItemKind } from '../../../../electron/contract/models';
import { useReportPageState } from '../../app/page-state';
import { linkToItem, linkToSearch, type SearchParams } from '../../app/router';
import { loadFacets, type Facets } from './facets';
import { HitMeta, HitTexts } from './HitSummary';
import { useHitLabels } from './hit-labels';
import { hitTarget } from './palette-options';
import type { SearchFilters as Filters } from './search-store';
import { SearchFilters } from './SearchFilters';
import { PAGE_LIMIT, pageStore } from './stores';
import { ResultCopy } from './ResultCopy';
import { AddToListButton } from '../lists/AddToListButton';
import { ImportedResults } from '../imports/ImportedResults';
import './search.css';

/** Filters from the route, keeping only values the service accepts (a hand-edited URL never errors). */
export function filtersOf(p: SearchParams): Filters {
  const f: Filters = {};
  if (p.survey) f.survey = p.survey;
  if (p.instrument) f.instrument = p.instrument;
  if (p.kind && (ItemKind.options as readonly string[]).includes(p.kind)) f.kind = p.kind as Filters['kind'];
  if (p.lang === 'en' || p.lang === 'es') f.lang = p.lang;
  return f;
}

function moveFocus(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = links[Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** The params as one string: a change of route that changes nothing is no change. */
const keyOf = (p: SearchParams) => JSON.stringify([p.q, filtersOf(p)]);

export function SearchPage({ params: routeParams }: { params: SearchParams }) {
  const { t, i18n } = useTranslation('search');
  const s = useStore(pageStore);
  const labels = useHitLabels();
  const [facets, setFacets] = useState<Facets | null>(null);
  const [facetError, setFacetError] = useState<string | null>(null);
  // Typing and filtering rewrite the URL in place (a deep link, restored by back/forward) but not
  // the route store: a new route would move focus to the page heading on every keystroke.
  const [params, setParams] = useState(routeParams);
  const routeKey = keyOf(routeParams);
  useEffect(() => setParams(routeParams), [routeKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const filterKey = JSON.stringify(filtersOf(params));

  useEffect(() => {
    loadFacets().then(setFacets, (e: unknown) => setFacetError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(() => {
    pageStore.getState().load(params.q, JSON.parse(filterKey) as Filters);
  }, [params.q, filterKey]);

  const painted = s.status === 'idle' || (s.status === 'ready' && s.shownQuery === params.q);
  useReportPageState(facetError || s.status === 'error' ? 'error' : facets && painted ? 'ready' : 'loading', facetError ?? s.error);

  const change = (p: SearchParams) => {
    setParams(p);
    window.history.replaceState(window.history.state, '', linkToSearch(p.q, { survey: p.survey, kind: p.kind, lang: p.lang, instrument: p.instrument }));
  };
  const hits = s.result?.hits ?? [];
  const nf = new Intl.NumberFormat(i18n.resolvedLanguage);
  return (
    <section className="search-page" aria-labelledby="page-title">
      <h2 id="page-title">{t('page.title')}</h2>
      <SearchFilters params={params} facets={facets} onChange={change} />
      {s.status === 'error' && <p role="alert">{t('box.error', { message: s.error })}</p>}
      {params.q.trim() === '' && <p>{t('page.empty')}</p>}
      {params.q.trim() !== '' && s.result && (
        <p className="search-summary" role="status" data-testid="search-summary">
          {t('page.summary', { count: hits.length, ms: nf.format(s.result.tookMs) })}
          {hits.length >= PAGE_LIMIT && ` ${t('page.limited', { count: PAGE_LIMIT })}`}
        </p>
      )}
      {s.result?.corrected && params.q.trim() !== '' && (
        <p className="suggestion-line" data-testid="page-corrected">
          {t('box.corrected', { corrected: s.result.corrected })}{' '}
          <button type="button" className="link-button" onClick={() => pageStore.getState().searchLiteral()}>
            {t('box.searchLiteral', { query: s.shownQuery })}
          </button>
        </p>
      )}
      {s.result?.resultsFor && params.q.trim() !== '' && (
        <p className="suggestion-line" data-testid="page-results-for">
          {t('box.resultsFor', { words: s.result.resultsFor, query: s.shownQuery })}
        </p>
      )}
      {hits.length === 0 && s.result && params.q.trim() !== '' && (
        <p className="suggestion-line">
          {t(s.result.resultsFor === '' ? 'box.typeMore' : 'box.none', { query: s.shownQuery })}{' '}
          {s.result.suggestions.map((sg) => (
            <a key={sg} href={linkToSearch(sg, filtersOf(params))} data-testid="page-suggestion">
              {t('box.didYouMean', { suggestion: sg })}
            </a>
          ))}
        </p>
      )}
      {hits.length > 0 && (
        <ol className="result-list" aria-label={t('page.results')} data-testid="page-results" data-query={s.shownQuery} onKeyDown={moveFocus}>
          {hits.map((h) => (
            <li key={`${h.kind}-${h.code ?? ''}-${h.conceptId ?? ''}`}>
              <a className="result-link" href={linkToItem(hitTarget(h))}>
                <HitMeta hit={h} labels={labels} />
                <HitTexts hit={h} labels={labels} />
              </a>
              <ResultCopy hit={h} />
              {h.kind === 'question' && <AddToListButton item={h.conceptId ?? hitTarget(h)} code={h.code} />}
              {h.kind === 'answer' && <AddToListButton item={hitTarget(h)} code={h.code} answerHit />}
            </li>
          ))}
        </ol>
      )}
      <ImportedResults query={params.q} />
    </section>
  );
}
