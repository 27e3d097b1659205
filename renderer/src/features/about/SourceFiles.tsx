// Every source file, grouped by repository: the commit it is pinned at (short, copyable), its
// license, date, format and what it provides.
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { CopyButton } from '../../components/CopyButton';
import { groupByRepository, shortCommit, type DataSource } from './about-model';
import { createAboutStore, filterGroups } from './about-store';
import { formatDay } from './format';

export const aboutStore = createAboutStore();

function Commit({ commit }: { commit: string }) {
  const { t } = useTranslation('about');
  return (
    <span className="copyable">
      <code title={commit} data-testid="commit">
        {shortCommit(commit)}
      </code>
      <CopyButton value={commit} what={t('sources.commit')} />
    </span>
  );
}

export function SourceFiles({ sources }: { sources: DataSource[] }) {
  const { t, i18n } = useTranslation('about');
  const { filter, setFilter } = useStore(aboutStore);
  const all = groupByRepository(sources);
  const groups = filterGroups(all, filter);
  const files = groups.reduce((n, g) => n + g.files.length, 0);
  return (
    <section aria-labelledby="sources-title">
      <h3 id="sources-title">{t('sources.title')}</h3>
      <p>{t('sources.intro')}</p>
      <div className="about-tools">
        <label>
          {t('sources.filter')} <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <span role="status">{t('sources.count', { files, repos: groups.length })}</span>
      </div>
      {groups.length === 0 && <p>{t('sources.none')}</p>}
      {groups.map((g) => (
        <section key={g.repo} className="repo" data-testid="source-repo" data-repo={g.repo} aria-label={g.repo}>
          <h4>{g.repo}</h4>
          <p className="repo-facts">
            <span>
              {t('sources.commit')}: {g.commits.map((c) => <Commit key={c} commit={c} />)}
            </span>
            <span>
              {t('sources.license')}: {g.licenses.join(', ')}
            </span>
            <span>{t('sources.files', { count: g.files.length })}</span>
          </p>
          <table className="source-files">
            <thead>
              <tr>
                <th scope="col">{t('sources.path')}</th>
                <th scope="col">{t('sources.format')}</th>
                <th scope="col">{t('sources.date')}</th>
                <th scope="col">{t('sources.provides')}</th>
                {g.commits.length > 1 && <th scope="col">{t('sources.commit')}</th>}
              </tr>
            </thead>
            <tbody>
              {g.files.map((f) => (
                <tr key={f.id}>
                  <td>
                    <code className="path">{f.path}</code>
                  </td>
                  <td>{f.format}</td>
                  <td className="date">{formatDay(f.date, i18n.resolvedLanguage) ?? '—'}</td>
                  <td lang="en">{f.provides}</td>
                  {g.commits.length > 1 && (
                    <td>
                      <Commit commit={f.commit} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
