// Question detail: the releases that asked the item, and its wording in each (only where that
// release's own sources give one; "same wording as above" when it did not change).
import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../../electron/contract/models';
import { linkToSurvey } from '../../app/router';
import { releaseName } from './release-name';
import './releases.css';

export function ReleasesSection({ item }: { item: ItemDetail }) {
  const { t, i18n } = useTranslation('releases');
  const list = item.releases ?? [];
  if (list.length === 0) return null;
  let prev = '';
  return (
    <section aria-labelledby="releases-title" data-testid="item-releases">
      <h3 id="releases-title">{t('askedIn')}</h3>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('release')}</th>
            <th scope="col">{t('change')}</th>
            <th scope="col">{t('english')}</th>
            <th scope="col">{t('spanish')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => {
            const words = `${r.text.en ?? ''}|${r.text.es ?? ''}`;
            const same = r.status === 'in' && words === prev && words !== '|';
            if (r.status === 'in' && words !== '|') prev = words;
            return (
              <tr key={r.id} data-status={r.status}>
                <td>
                  <a href={linkToSurvey(r.module, r.id)}>{`${r.module} · ${releaseName(r, t, i18n.language)}`}</a>
                </td>
                <td className={r.status === 'in' ? undefined : 'muted'}>{t(`status.${r.status}`)}</td>
                {same ? (
                  <td colSpan={2} className="muted">
                    {t('sameWording')}
                  </td>
                ) : (
                  <>
                    <td lang="en">{r.text.en}</td>
                    <td lang="es">{r.text.es}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
