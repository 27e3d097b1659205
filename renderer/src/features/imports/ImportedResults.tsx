// Search results from the user's imports, under the codebook's own: the Athena download's concepts
// (with a vocabulary filter) and items of imported codebooks. Shown only when imports exist.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSearchResult } from '../../../../electron/contract/imports';
import { api, unwrap } from '../../api';
import { linkToItem } from '../../app/router';
import { CopyableCode } from '../../components/CopyButton';

export function ImportedResults({ query }: { query: string }) {
  const { t, i18n } = useTranslation('imports');
  const [vocabulary, setVocabulary] = useState('');
  const [result, setResult] = useState<ImportSearchResult | null>(null);
  useEffect(() => {
    let live = true;
    unwrap(api.searchImports({ query, ...(vocabulary ? { vocabulary } : {}) })).then(
      (r) => live && setResult(r),
      () => live && setResult(null),
    );
    return () => void (live = false);
  }, [query, vocabulary]);
  if (!result || (!result.athena && result.userItems.length === 0) || !query.trim()) return null;
  const nf = new Intl.NumberFormat(i18n.resolvedLanguage);
  return (
    <section className="imported-results" aria-labelledby="imported-title" data-testid="imported-results">
      <h3 id="imported-title">{t('search.title')}</h3>
      {result.athena && (
        <>
          <label>
            {t('search.vocabulary')}{' '}
            <select value={vocabulary} onChange={(e) => setVocabulary(e.target.value)} data-testid="vocabulary-filter">
              <option value="">{t('search.allVocabularies')}</option>
              {result.athena.vocabularies.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.id} ({nf.format(v.concepts)})
                </option>
              ))}
            </select>
          </label>
          <p role="status">{result.concepts.length ? t('search.summary', { count: result.concepts.length, name: result.athena.name }) : t('search.none')}</p>
          <table className="data" data-testid="imported-concepts">
            <thead>
              <tr>
                {(['id', 'code', 'name', 'vocabulary', 'match'] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(`search.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.concepts.map((c) => (
                <tr key={c.conceptId} data-concept={c.conceptId}>
                  <td>
                    <CopyableCode value={c.conceptId} what="concept_id" />
                  </td>
                  <td>
                    <code>{c.conceptCode}</code>
                  </td>
                  <td>{c.name}</td>
                  <td>{c.vocabularyId}</td>
                  <td>
                    {t(`search.match.${c.match}`)}
                    {c.standard === 'S' ? ` · ${t('search.standard')}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {result.userItems.length > 0 && (
        <>
          <h4>{t('search.userItems')}</h4>
          <ul>
            {result.userItems.map((u) => (
              <li key={`${u.importId}-${u.code}`}>
                <a href={linkToItem(u.code)}>
                  <code>{u.code}</code> {u.text}
                </a>{' '}
                <span className="muted">{u.module}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
