// The selected list: rename, note, delete (asked twice), export, and its questions in order.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EntryRow } from './EntryRow';
import { ExportBar } from './ExportBar';
import type { VariableList } from './lists-store';
import { listsStore } from './stores';

export function ListDetail({ list }: { list: VariableList }) {
  const { t } = useTranslation('lists');
  const [name, setName] = useState(list.name);
  const [note, setNote] = useState(list.note);
  const [confirming, setConfirming] = useState(false);
  const s = listsStore.getState();
  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() && name !== list.name) void s.change({ op: 'rename', listId: list.id, name: name.trim() });
  };

  return (
    <section className="list-detail" aria-labelledby="list-title">
      <h3 id="list-title">
        {list.name} <span className="count-badge">{t('listCount', { count: list.entries.length })}</span>
      </h3>
      <form onSubmit={rename} className="rename-list">
        <label htmlFor="list-name">{t('listName')}</label>
        <input id="list-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t('rename')}</button>
      </form>
      <label className="list-note">
        {t('listNote')}
        <textarea value={note} maxLength={20_000} rows={2} onChange={(e) => setNote(e.target.value)} onBlur={() => note !== list.note && void s.change({ op: 'annotate-list', listId: list.id, note })} />
      </label>
      <ExportBar listId={list.id} />
      {list.entries.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <>
          <p className="muted small">{t('reorderHint')}</p>
          <ol className="list-entries" aria-label={t('entries', { name: list.name })}>
            {list.entries.map((e, i) => (
              <EntryRow key={e.id} listId={list.id} entry={e} index={i} total={list.entries.length} />
            ))}
          </ol>
        </>
      )}
      <div className="danger-zone">
        {confirming ? (
          <>
            <span>{t('confirmDelete', { name: list.name })}</span>{' '}
            <button type="button" onClick={() => void s.change({ op: 'delete', listId: list.id }).then(() => setConfirming(false))}>
              {t('delete')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('delete')}
          </button>
        )}
      </div>
    </section>
  );
}
