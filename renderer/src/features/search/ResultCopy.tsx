// Copy buttons for a result's code and concept ID, beside (not inside) its link.
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../electron/contract/models';
import { CopyButton } from '../../components/CopyButton';

export function ResultCopy({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation('search');
  return (
    <span className="result-copy">
      {hit.code && <CopyButton value={hit.code} what={t('hit.code')} />}
      {hit.conceptId !== null && <CopyButton value={hit.conceptId} what={t('hit.conceptId')} />}
    </span>
  );
}
