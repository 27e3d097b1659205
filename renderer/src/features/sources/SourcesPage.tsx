// The sources browser (F7, #/sources): every source instrument with its short name, name,
// organization, year, question count and surveys; filterable, sortable by any column.
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Instrument } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';
import { linkToSource, linkToSurvey } from '../../app/router';
import { usePageData } from '../../app/usePageData';
import { createSourcesStore, visibleInstruments, type SortKey } from './sources-store';
import './sources.css';

export const sourcesStore = createSourcesStore();
const COLUMNS: SortKey[] = ['shortName', 'name', 'organization', 'year', 'questionCount'];

export function SourcesPage() {
  const { t, i18n } = useTranslation('sources');
  const data = usePageData(() => unwrap(api.listInstruments()), []);
  const s = useStore(sourcesStore);
  if (data.state !== 'ready') return data.state === 'error' ? <p role="alert">{data.message}</p> : null;
  const all: Instrument[] = data.data;
  const rows = visibleInstruments(all, s);
  const nf = new Intl.NumberFormat(i18n.resolvedLanguage);
  return (
    <section className="sources-page" aria-labelledby="page-title">
      <h2 id="page-title">{t('list.title')}</h2>
      <p className="intro">{t('list.intro')}</p>
      <div className="sources-tools">
        <label>
          {t('list.filter')}{' '}
          <input type="search" value={s.filter} onChange={(e) => s.setFilter(e.target.value)} data-testid="sources-filter" />
        </label>
        <label>
          <input type="checkbox" checked={s.showUnlinked} onChange={(e) => s.setShowUnlinked(e.target.checked)} /> {t('list.showUnlinked')}
        </label>
        <span role="status">{t('list.count', { count: rows.length, total: all.length })}</span>
      </div>
      <table className="sources-table" data-testid="sources-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" aria-sort={s.sortKey === c ? (s.sortDir === 'asc' ? 'ascending' : 'descending') : undefined} className={c === 'questionCount' ? 'number' : undefined}>
                <button type="button" onClick={() => s.sortBy(c)} aria-label={t('list.sortBy', { column: t(`list.col.${c}`) })}>
                  {t(`list.col.${c}`)}
                  <span aria-hidden="true">{s.sortKey === c ? (s.sortDir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col">{t('list.col.surveys')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.key} data-testid="source-row" data-key={i.key}>
              <td>{i.shortName ?? '—'}</td>
              <td>
                <a href={linkToSource(i.key)}>{i.name}</a>
              </td>
              <td>{i.organization ?? '—'}</td>
              <td>{i.year ?? '—'}</td>
              <td className="number">{nf.format(i.questionCount)}</td>
              <td className="survey-links">
                {i.surveys.map((slug) => (
                  <a key={slug} href={linkToSurvey(slug)}>
                    {slug}
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>{t('list.none')}</p>}
    </section>
  );
}
