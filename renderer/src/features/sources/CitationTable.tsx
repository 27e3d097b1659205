// Where each survey cites the instrument: the citation text and the file it was read from.
import { useTranslation } from 'react-i18next';
import type { InstrumentDetail } from '../../../../electron/contract/models';

export function CitationTable({ citations }: { citations: InstrumentDetail['citations'] }) {
  const { t } = useTranslation('sources');
  if (citations.length === 0) return null;
  return (
    <>
      <h3>{t('detail.citations')}</h3>
      <table className="citations">
        <thead>
          <tr>
            <th scope="col">{t('detail.citationSurvey')}</th>
            <th scope="col">{t('detail.citationText')}</th>
            <th scope="col">{t('detail.citationSource')}</th>
          </tr>
        </thead>
        <tbody>
          {citations.map((c, i) => (
            <tr key={i}>
              <td>{c.survey ?? '—'}</td>
              <td>
                {c.number !== null && <span className="citation-number">[{c.number}] </span>}
                {c.citation ? <span lang="en">{c.citation}</span> : <span className="muted">{t('detail.noCitation')}</span>}
              </td>
              <td>
                <code>{c.source}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
