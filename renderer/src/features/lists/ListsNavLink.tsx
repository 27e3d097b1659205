// The Lists entry of the main navigation, with the number of lists (each list shows its own
// number of questions).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { listsStore } from './stores';

export const LISTS_HREF = '#/lists';

export function ListsNavLink({ current }: { current: boolean }) {
  const { t } = useTranslation('lists');
  const count = useStore(listsStore, (s) => s.lists.length);
  useEffect(() => {
    if (listsStore.getState().status === 'idle') void listsStore.getState().load();
  }, []);
  return (
    <a href={LISTS_HREF} aria-current={current ? 'page' : undefined} data-testid="nav-lists">
      {/* The name starts with the visible label; the count is read as words, shown as a badge. */}
      {t('nav')} <span className="count-badge" aria-hidden="true">{count}</span>
      <span className="visually-hidden"> {t('navCount', { count })}</span>
    </a>
  );
}
