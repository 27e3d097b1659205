// F16: what changed between two releases of a survey (or a retired survey and its successor):
// linkable (#/diff/<slug>?from=&to=&show=&q=), filterable, exportable as CSV.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReleaseDiff } from '../../../../electron/contract/releases';
import { api, isBrowserMode, unwrap } from '../../api';
import { linkToDiff, linkToItem, linkToSurvey, useRouteStore, type DiffParams } from '../../app/router';
import { usePageData } from '../../app/usePageData';
import { WordDiff } from '../detail/WordDiff';
import { saveExport } from '../lists/export-file';
import { CHANGE_KINDS, changeRows, changesCsv, filterChanges, type ChangeRow } from './diff-rows';
import { ReleasePicker, useReleases } from './ReleasePicker';
import './releases.css';

export function DiffPage({ slug, params }: { slug: string; params: DiffParams }) {
  const { t } = useTranslation('releases');
  const releases = useReleases(slug);
  const from = params.from ?? releases?.at(-2)?.id;
  const to = params.to ?? releases?.at(-1)?.id;
  const data = usePageData(() => (from && to ? unwrap(api.getReleaseDiff({ survey: slug, from, to })) : new Promise<ReleaseDiff | null>(() => undefined)), [slug, from, to]);
  const go = (p: DiffParams) => useRouteStore.getState().navigate(linkToDiff(slug, { from, to, show: params.show, q: params.q, ...p }), { replace: 'q' in p });
  return (
    <section aria-labelledby="diff-title" className="releases-page">
      <nav aria-label={t('releasesOf')} className="breadcrumb">
        <a href={linkToSurvey(slug)}>{slug}</a>
      </nav>
      <h2 id="diff-title" tabIndex={-1}>
        {t('diffTitle', { name: slug })}
      </h2>
      <div className="toolbar">
        <ReleasePicker slug={slug} value={from ?? null} onChange={(id) => go({ from: id })} label={t('from')} testId="diff-from" />
        <ReleasePicker slug={slug} value={to ?? null} onChange={(id) => go({ to: id })} label={t('to')} testId="diff-to" />
        <label>
          {t('show')}{' '}
          <select value={params.show ?? ''} onChange={(e) => go({ show: e.target.value || undefined })} data-testid="diff-show">
            <option value="">{t('all')}</option>
            {CHANGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filter')}{' '}
          <input type="search" value={params.q ?? ''} placeholder={t('filterHint')} onChange={(e) => go({ q: e.target.value || undefined })} data-testid="diff-filter" />
        </label>
      </div>
      {data.state === 'ready' && data.data && <DiffView diff={data.data} show={params.show} q={params.q} />}
      {data.state === 'error' && <p role="alert">{data.message}</p>}
    </section>
  );
}

function DiffView({ diff, show, q }: { diff: ReleaseDiff; show?: string; q?: string }) {
  const { t } = useTranslation('releases');
  const all = useMemo(() => changeRows(diff), [diff]);
  const rows = useMemo(() => filterChanges(all, show, q), [all, show, q]);
  const exportCsv = () =>
    void saveExport(api, { filename: `diff-${diff.from.id}-${diff.to.id}.csv`, mime: 'text/csv', encoding: 'utf8', content: changesCsv(diff, rows) }, isBrowserMode);
  return (
    <>
      <p role="status" data-testid="diff-summary">
        {t('summary', { added: diff.added.length, removed: diff.removed.length, reworded: diff.reworded.length, options: diff.options.length, branching: diff.branching.length })}
      </p>
      <button type="button" onClick={exportCsv} data-testid="diff-export">
        {t('exportCsv')}
      </button>
      {CHANGE_KINDS.filter((k) => !show || show === k).map((k) => (
        <ChangeTable key={k} kind={k} rows={rows.filter((r) => r.kind === k)} />
      ))}
    </>
  );
}

function ChangeTable({ kind, rows }: { kind: (typeof CHANGE_KINDS)[number]; rows: ChangeRow[] }) {
  const { t } = useTranslation('releases');
  return (
    <section aria-labelledby={`diff-${kind}`} data-testid={`diff-${kind}`}>
      <h3 id={`diff-${kind}`}>
        {t(kind)} ({rows.length})
      </h3>
      {kind === 'unknown' && <p className="muted">{t('unknownHint')}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table className="changes">
          <thead>
            <tr>
              <th scope="col">{t('code')}</th>
              <th scope="col">{t('conceptId')}</th>
              {kind === 'options' || kind === 'branching' ? <th scope="col">{t('change')}</th> : null}
              {kind === 'reworded' ? <th scope="col">{t('lang')}</th> : null}
              <th scope="col">{kind === 'reworded' ? t('text') : `${t('before')} → ${t('after')}`}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>{r.code ? <a href={linkToItem(r.code)}>{r.code}</a> : null}</td>
                <td>{r.conceptId ?? ''}</td>
                {kind === 'options' || kind === 'branching' ? <td>{r.detail}</td> : null}
                {kind === 'reworded' ? <td lang="en">{r.lang?.toUpperCase()}</td> : null}
                <td lang={r.lang ?? undefined}>
                  {kind === 'reworded' && r.before && r.after ? <WordDiff original={r.before} allOfUs={r.after} /> : [r.before, r.after].filter((x) => x !== null).join(' → ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
