// On a concept card: what the user's Athena download adds. The item's own ID when the codebook
// lacks it or disagrees, and the "Maps to" / "Maps to value" relationships it gives.
import { useTranslation } from 'react-i18next';
import type { AthenaFact, ImportedFacts } from '../../../../electron/contract/imports';
import { CopyableCode } from '../../components/CopyButton';

export function useAthenaVersion(facts: ImportedFacts): string {
  const { t } = useTranslation('imports');
  return facts.version ? t('athena.version', { version: facts.version }) : t('athena.versionUnknown');
}

/** The concept ID cell of an answer: the codebook's, else the download's (marked), and any disagreement. */
export function AthenaIdNote({ fact, facts }: { fact: AthenaFact; facts: ImportedFacts }) {
  const { t } = useTranslation('imports');
  const version = useAthenaVersion(facts);
  if (fact.status === 'filled')
    return (
      <span data-testid="athena-filled" data-code={fact.code}>
        <CopyableCode value={fact.athenaConceptId} what={t('athena.filled')} /> <span className="athena-badge">{version}</span>
      </span>
    );
  if (fact.status === 'disagrees')
    return (
      <span className="athena-disagrees" data-testid="athena-disagrees" data-code={fact.code} role="note">
        {t('athena.disagrees', { id: fact.athenaConceptId })} ({version})
      </span>
    );
  return null;
}

export function AthenaSection({ facts }: { facts: ImportedFacts }) {
  const { t } = useTranslation('imports');
  const version = useAthenaVersion(facts);
  const item = facts.item;
  if (!item && facts.relationships.length === 0) return null;
  return (
    <section aria-labelledby="athena-title" data-testid="athena-facts">
      <h3 id="athena-title">{t('athena.title')}</h3>
      {item?.status === 'filled' && <p data-testid="athena-item-filled">{t('athena.itemFilled', { id: item.athenaConceptId, code: item.code })} ({version})</p>}
      {item?.status === 'disagrees' && (
        <p className="athena-disagrees" role="note" data-testid="athena-item-disagrees">
          {t('athena.itemDisagrees', { code: item.code, athena: item.athenaConceptId, bundled: item.bundledConceptId })} ({version})
        </p>
      )}
      {facts.relationships.length > 0 && (
        <table className="data">
          <caption>{t('athena.relationships')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('athena.from')}</th>
              <th scope="col">{t('athena.relationship')}</th>
              <th scope="col">{t('athena.concept')}</th>
              <th scope="col">{t('athena.vocabulary')}</th>
            </tr>
          </thead>
          <tbody>
            {facts.relationships.map((r, i) => (
              <tr key={i}>
                <td>
                  <code>{r.fromCode}</code>
                </td>
                <td>{r.relationship}</td>
                <td>
                  <CopyableCode value={r.conceptId} what={t('athena.concept')} /> {r.name}
                </td>
                <td>{r.vocabularyId ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
