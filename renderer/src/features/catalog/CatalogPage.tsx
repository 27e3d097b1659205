// F1, first cut: every module with its EN/ES names, status, question count and PDFs count.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';
import { useShellStore } from '../../app/shell-store';
import { usePageData } from '../../app/usePageData';
import { filterSurveys } from './catalog-filter';

export function CatalogPage() {
  const data = usePageData(() => unwrap(api.listSurveys()), []);
  return data.state === 'ready' ? <CatalogTable surveys={data.data} /> : null;
}

function CatalogTable({ surveys }: { surveys: Survey[] }) {
  const { t } = useTranslation('catalog');
  const [query, setQuery] = useState('');
  const searchRequests = useShellStore((s) => s.searchRequests);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (searchRequests > 0) box.current?.focus();
  }, [searchRequests]);
  const shown = filterSurveys(surveys, query);

  return (
    <section aria-labelledby="catalog-title">
      <h2 id="catalog-title" tabIndex={-1}>{t('title')}</h2>
      <label className="filter">
        {t('filter')}{' '}
        <input ref={box} type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="catalog-filter" />
      </label>
      <p role="status">{t('count', { count: shown.length, total: surveys.length })}</p>
      <table className="catalog" data-testid="catalog">
        <thead>
          <tr>
            <th scope="col">{t('nameEn')}</th>
            <th scope="col">{t('nameEs')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('questions')}</th>
            <th scope="col">{t('pdfs')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.slug} data-testid="survey-row" data-slug={s.slug}>
              <th scope="row">{s.name.en ?? s.slug}</th>
              <td lang="es">{s.name.es ?? '—'}</td>
              <td>{t(`statusValue.${s.status}`)}</td>
              <td className="number">{s.questionCount}</td>
              <td className="number" title={s.pdfs.map((p) => p.file).join('\n')}>
                {s.pdfs.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
