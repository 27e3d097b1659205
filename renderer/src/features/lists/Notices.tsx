// What happened to the lists file: set aside, restored (what, from when, what may be missing),
// changed by another process. Said once, plainly, until dismissed.
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ListsState } from '../../../../electron/contract/lists';
import { listsStore } from './stores';

type Notice = ListsState['notices'][number];

function RestoredNotice({ n }: { n: Notice }) {
  const { t, i18n } = useTranslation('lists');
  const when = (iso: string | null | undefined) =>
    iso ? new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : t('notice.unknownTime');
  const savedAt = when(n.savedAt);
  return (
    <p>
      {t('notice.restored-from-backup', { file: n.file, savedAt })}{' '}
      {t('notice.holds', { lists: t('notice.lists', { count: n.lists ?? 0 }), questions: t('listCount', { count: n.questions ?? 0 }) })}{' '}
      {n.mayBeMissing === 'nothing'
        ? t('notice.nothingMissing')
        : n.damagedAt
          ? t('notice.laterMissingDamaged', { savedAt, damagedAt: when(n.damagedAt) })
          : t('notice.laterMissing', { savedAt })}
    </p>
  );
}

export function Notices() {
  const { t } = useTranslation('lists');
  const notices = useStore(listsStore, (s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div role="alert" className="lists-notices">
      {notices.map((n, i) =>
        n.kind === 'restored-from-backup' ? <RestoredNotice key={i} n={n} /> : <p key={i}>{t(`notice.${n.kind}`, { file: n.file, reason: n.reason })}</p>,
      )}
      <button type="button" onClick={() => void listsStore.getState().change({ op: 'dismiss-notices' })}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
