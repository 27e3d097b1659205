// F2: a survey's outline: topics → questions → follow-ups under the answer that opens them, in
// instrument order, with a filter; virtualized (PFHH has about 950 rows).
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';
import { useFormat } from '../../app/format';
import { linkToItem } from '../../app/router';
import { usePageData } from '../../app/usePageData';
import { CopyableCode } from '../../components/CopyButton';
import { filterOutline, parentIndexes } from './outline-filter';
import { useOutlineStore } from './outline-store';
import { OutlineTree } from './OutlineTree';
import { PresentLink } from '../trainer/PresentLink';
import { OutlineAddToList } from './OutlineAddToList';
import { SurveyExport } from './SurveyExport';
import './outline.css';

export function OutlinePage({ slug }: { slug: string }) {
  const { t } = useTranslation('outline');
  const data = usePageData(() => unwrap(api.getOutline(slug)), [slug]);
  if (data.state !== 'ready') return null;
  if (!data.data)
    return (
      <section>
        <h2 tabIndex={-1}>{t('notFound', { slug })}</h2>
        <a href="#/surveys">{t('backToCatalog')}</a>
      </section>
    );
  return <OutlineView outline={data.data} />;
}

function OutlineView({ outline }: { outline: Outline }) {
  const { t } = useTranslation('outline');
  const f = useFormat();
  const { query, setQuery, open } = useOutlineStore();
  const slug = outline.survey.slug;
  useEffect(() => open(slug), [open, slug]);
  const parents = useMemo(() => parentIndexes(outline.rows), [outline]);
  const filtered = useMemo(() => filterOutline(outline.rows, query, parents), [outline, query, parents]);
  const questions = outline.rows.filter((r) => r.kind === 'question').length;

  return (
    <section aria-labelledby="outline-title" className="outline-page">
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <a href="#/surveys">{t('catalog')}</a> › <span aria-current="page">{outline.survey.name ?? slug}</span>
      </nav>
      <h2 id="outline-title" tabIndex={-1}>
        {outline.survey.name ?? slug}
      </h2>
      <div className="toolbar">
        {outline.survey.conceptId !== null && (
          <span>
            <a href={linkToItem(outline.survey.conceptId)}>{t('moduleCard')}</a>{' '}
            <CopyableCode value={outline.survey.conceptId} what={t('moduleConceptId')} />
          </span>
        )}
        <span className="muted">{t('counts', { rows: f.number(outline.rows.length), questions: f.number(questions) })}</span>
        <label>
          {t('filter')}{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="outline-filter" placeholder={t('filterHint')} />
        </label>
        <p role="status" className="muted" data-testid="outline-status">
          {query.trim() ? t('matches', { count: filtered.matches.size, formatted: f.number(filtered.matches.size) }) : ''}
        </p>
        <PresentLink slug={outline.survey.slug} name={outline.survey.name ?? slug} />
      </div>
      <SurveyExport slug={slug} />
      <p className="muted keys-hint">{t('keysHint')}</p>
      <OutlineAddToList outline={outline} />
      {filtered.shown.length === 0 ? <p>{t('noMatch')}</p> : <OutlineTree outline={outline} filtered={filtered} parents={parents} />}
    </section>
  );
}
