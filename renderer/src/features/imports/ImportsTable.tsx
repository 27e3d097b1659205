// The imports kept in the user-data folder: what, which version, how big, from where; remove.
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { formatDay } from '../about/format';
import { importsStore } from './stores';

export function ImportsTable() {
  const { t, i18n } = useTranslation('imports');
  const imports = useStore(importsStore, (s) => s.imports);
  const nf = new Intl.NumberFormat(i18n.resolvedLanguage);
  return (
    <section aria-labelledby="imports-list-title">
      <h3 id="imports-list-title">{t('list.title')}</h3>
      {imports.length === 0 ? (
        <p className="muted">{t('list.empty')}</p>
      ) : (
        <table className="data imports-table" data-testid="imports">
          <thead>
            <tr>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('list.kind')}</th>
              <th scope="col">{t('list.version')}</th>
              <th scope="col">{t('list.rows')}</th>
              <th scope="col">{t('list.size')}</th>
              <th scope="col">{t('list.importedAt')}</th>
              <th scope="col">{t('list.source')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {imports.map((i) => (
              <tr key={i.id} data-import={i.id}>
                <th scope="row">{i.name}</th>
                <td>{t(`list.kindValue.${i.kind}`)}</td>
                <td>{i.version ?? '—'}</td>
                <td>{nf.format(i.rows)}</td>
                <td>{nf.format(Math.round(i.bytes / 1e5) / 10)} MB</td>
                <td>{formatDay(i.importedAt, i18n.resolvedLanguage)}</td>
                <td>
                  <code className="import-source">{i.source}</code>
                </td>
                <td>
                  <button type="button" onClick={() => void importsStore.getState().remove(i.id)}>
                    {t('list.remove', { name: i.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
