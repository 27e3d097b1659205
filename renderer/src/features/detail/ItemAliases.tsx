// An item's other codes (a long codebook code tied to the short code the data use, or a spelling the codebook later corrected), and a note
// when the item was opened by one of them, so a user who typed the alias sees why the code differs.
import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../../electron/contract/models';
import { CopyableCode } from '../../components/CopyButton';

export function AliasNote({ item }: { item: ItemDetail }) {
  const { t } = useTranslation('detail');
  if (!item.reachedByAlias) return null;
  return (
    <p className="alias-note" role="note" data-testid="alias-note">
      {t('reachedByAlias', { alias: item.reachedByAlias, code: item.code })}
    </p>
  );
}

export function AliasCodes({ item }: { item: ItemDetail }) {
  const { t } = useTranslation('detail');
  if (!item.aliases?.length) return null;
  return (
    <div data-testid="alias-codes">
      <dt>{t('ids.aliases')}</dt>
      <dd>
        {item.aliases.map((a) => (
          <span key={a.code} title={`${a.source}${a.at ? ` (${a.at})` : ''}`}>
            <CopyableCode value={a.code} what={t('ids.aliases')} />
          </span>
        ))}
      </dd>
    </div>
  );
}
