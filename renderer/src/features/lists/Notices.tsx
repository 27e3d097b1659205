// What happened to a lists file that could not be read: said once, plainly, until dismissed.
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { listsStore } from './stores';

export function Notices() {
  const { t } = useTranslation('lists');
  const notices = useStore(listsStore, (s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div role="alert" className="lists-notices">
      {notices.map((n, i) => (
        <p key={i}>{t(`notice.${n.kind}`, { file: n.file, reason: n.reason })}</p>
      ))}
      <button type="button" onClick={() => void listsStore.getState().change({ op: 'dismiss-notices' })}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
