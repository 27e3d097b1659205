// The concept card's relations: children (a module's topics, a topic's questions), the questions
// that use an answer, and the Athena-style relationships.
import { useTranslation } from 'react-i18next';
import type { ItemDetail, ItemRef } from '../../../../electron/contract/models';
import { linkToItem } from '../../app/router';
import { CopyableCode } from '../../components/CopyButton';
import { useDataLabels } from '../../app/data-labels';
import { shownLanguages, useShellStore } from '../../app/shell-store';
import { refKey } from './ItemHeader';
import { Worded } from '../../components/Worded';

function RefList({ refs, title, id }: { refs: ItemRef[]; title: string; id: string }) {
  const { t } = useTranslation('detail');
  const lang = shownLanguages(useShellStore((s) => s.contentLanguage))[0]!;
  if (refs.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="ref-list">
        {refs.map((r, i) => {
          const key = refKey(r);
          const label = <Worded text={r.text} lang={lang} fallback={key ?? '?'} />;
          return (
            <li key={i}>
              <span className="tag">{t(`kind.${r.kind}`)}</span> {key ? <a href={linkToItem(key)}>{label}</a> : label}{' '}
              {r.code && <code className="muted">{r.code}</code>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function RelatedSection({ item }: { item: ItemDetail }) {
  const { t } = useTranslation('detail');
  const labels = useDataLabels();
  // A question's children are its answers, already in the answers table.
  const children = item.kind === 'question' ? [] : item.children;
  return (
    <>
      <RefList refs={children} title={t('related.children', { count: children.length })} id="children-title" />
      <RefList refs={item.usedBy} title={t('related.usedBy', { count: item.usedBy.length })} id="used-by-title" />
      {item.relationships.length > 0 && (
        <section aria-labelledby="relationships-title">
          <details>
            <summary>
              <h3 id="relationships-title">{t('related.relationships', { count: item.relationships.length })}</h3>
            </summary>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('related.relationship')}</th>
                  <th scope="col">{t('related.concept')}</th>
                  <th scope="col">{t('ids.code')}</th>
                  <th scope="col">{t('ids.conceptId')}</th>
                </tr>
              </thead>
              <tbody>
                {item.relationships.map((r, i) => {
                  const key = refKey(r);
                  return (
                    <tr key={i}>
                      <td>{labels.relationship(r.relationship)}</td>
                      <td>{key ? <a href={linkToItem(key)}>{r.name ?? key}</a> : (r.name ?? '—')}</td>
                      <td><CopyableCode value={r.code} what={t('ids.code')} /></td>
                      <td><CopyableCode value={r.conceptId} what={t('ids.conceptId')} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        </section>
      )}
    </>
  );
}
