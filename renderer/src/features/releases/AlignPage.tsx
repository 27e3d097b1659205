// F15: English and Spanish of one release, item by item, with flags where they differ and a
// filter for flagged items only (#/align/<slug>?release=&flagged=1).
import { useTranslation } from 'react-i18next';
import type { AlignRow } from '../../../../electron/contract/releases';
import { api, unwrap } from '../../api';
import { useFormat } from '../../app/format';
import { linkToAlign, linkToItem, linkToSurvey, useRouteStore } from '../../app/router';
import { usePageData } from '../../app/usePageData';
import { ReleasePicker } from './ReleasePicker';
import './releases.css';

export function AlignPage({ slug, release, flagged }: { slug: string; release?: string; flagged?: boolean }) {
  const { t } = useTranslation('releases');
  const f = useFormat();
  const data = usePageData(() => unwrap(api.getAlignment({ survey: slug, ...(release ? { release } : {}) })), [slug, release]);
  const go = (r: string | undefined, only: boolean | undefined) => useRouteStore.getState().navigate(linkToAlign(slug, r, only), { replace: true });
  if (data.state === 'error') return <p role="alert">{data.message}</p>;
  if (data.state !== 'ready') return null;
  const a = data.data;
  if (!a) return <h2 tabIndex={-1}>{t('notFound', { slug })}</h2>;
  const name = a.survey.name ?? slug;
  const shown = flagged ? a.rows.filter((r) => r.flags.length) : a.rows;
  const count = a.rows.filter((r) => r.flags.length).length;
  return (
    <section aria-labelledby="align-title" className="releases-page">
      <nav aria-label={t('releasesOf')} className="breadcrumb">
        <a href={linkToSurvey(slug, a.release.id)}>{name}</a>
      </nav>
      <h2 id="align-title" tabIndex={-1}>
        {t('alignTitle', { name })}
      </h2>
      <div className="toolbar">
        <ReleasePicker slug={slug} value={a.release.id} onChange={(id) => go(id, flagged)} />
        <label>
          <input type="checkbox" checked={!!flagged} onChange={(e) => go(release, e.target.checked || undefined)} data-testid="align-flagged" /> {t('onlyFlagged')}
        </label>
        <p role="status" className="muted" data-testid="align-status">
          {t('flaggedCount', { count, formatted: f.number(count), total: f.number(a.rows.length) })}
        </p>
      </div>
      <table className="align">
        <thead>
          <tr>
            <th scope="col">{t('code')}</th>
            <th scope="col">{t('english')}</th>
            <th scope="col">{t('spanish')}</th>
            <th scope="col">{t('flags')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <AlignLine key={`${r.code ?? r.conceptId}-${i}`} row={r} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function AlignLine({ row: r }: { row: AlignRow }) {
  const { t } = useTranslation('releases');
  const key = r.code ?? (r.conceptId !== null ? String(r.conceptId) : null);
  return (
    <tr data-testid="align-row" data-flags={r.flags.join(' ')}>
      <td>{key ? <a href={linkToItem(key)}>{r.code ?? r.conceptId}</a> : null}</td>
      <td lang="en">
        {r.en}
        <Options texts={r.options.map((o) => o.en)} lang="en" />
      </td>
      <td lang="es">
        {r.es}
        {r.es && r.flags.includes('es-from-other-release') && r.esSource && <div className="muted">{t('esFrom', { source: r.esSource })}</div>}
        <Options texts={r.options.map((o) => o.es)} lang="es" />
      </td>
      <td>
        {r.flags.length === 0 ? (
          <span className="muted">{t('noFlags')}</span>
        ) : (
          <ul className="flags">
            {r.flags.map((fl) => (
              <li key={fl} className="flag">
                {t(`flag.${fl}`)}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function Options({ texts, lang }: { texts: (string | null)[]; lang: string }) {
  if (texts.length === 0) return null;
  return (
    <ol className="align-options" lang={lang}>
      {texts.map((x, i) => (
        <li key={i} className={x ? undefined : 'muted'}>
          {x ?? '—'}
        </li>
      ))}
    </ol>
  );
}
