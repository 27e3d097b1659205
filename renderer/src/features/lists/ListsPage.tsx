// #/lists (F9): the user's variable lists, the selected one with its questions and exports.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useReportPageState } from '../../app/page-state';
import { ListDetail } from './ListDetail';
import { ListSidebar } from './ListSidebar';
import { Notices } from './Notices';
import { listsStore } from './stores';
import './lists.css';

export function ListsPage() {
  const { t } = useTranslation('lists');
  const { status, error, lists, selectedId } = useStore(listsStore);
  useEffect(() => void listsStore.getState().load(), []);
  useReportPageState(status === 'ready' ? 'ready' : status === 'error' ? 'error' : 'loading', status === 'error' ? error : null);
  const selected = lists.find((l) => l.id === selectedId) ?? null;

  return (
    <section className="lists-page" aria-labelledby="page-title">
      <h2 id="page-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <Notices />
      {status === 'loading' && <p role="status">{t('loading')}</p>}
      {error && (
        <p role="alert" className="error">
          {t('failed', { message: error })}
        </p>
      )}
      <div className="lists-layout">
        <ListSidebar />
        {/* key: a newly selected list starts with its own name and note in the fields */}
        {selected && <ListDetail key={selected.id} list={selected} />}
      </div>
    </section>
  );
}
