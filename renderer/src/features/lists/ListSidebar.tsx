// The user's lists with their counts, a form for a new list, and importing an exported JSON list.
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { listsStore } from './stores';

export function ListSidebar() {
  const { t } = useTranslation('lists');
  const { lists, selectedId } = useStore(listsStore);
  const [name, setName] = useState('');
  const [importError, setImportError] = useState<string | null>(null);

  const create = (e: FormEvent) => {
    e.preventDefault();
    void listsStore.getState().change({ op: 'create', name: name.trim() || t('defaultName') }).then((ok) => ok && setName(''));
  };
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setImportError(null);
    const ok = await listsStore.getState().change({ op: 'import', json: await file.text(), fileName: file.name });
    if (!ok) setImportError(t('importFailed', { file: file.name, message: listsStore.getState().error ?? '' }));
  };

  return (
    <aside className="lists-sidebar" aria-labelledby="your-lists">
      <h3 id="your-lists">{t('yourLists')}</h3>
      {lists.length === 0 ? (
        <p className="muted">{t('noLists')}</p>
      ) : (
        <ul className="lists-index">
          {lists.map((l) => (
            <li key={l.id}>
              <button type="button" aria-current={l.id === selectedId ? 'true' : undefined} onClick={() => listsStore.getState().select(l.id)}>
                <span className="list-name">{l.name}</span> <span className="count-badge">{t('listCount', { count: l.entries.length })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={create} className="new-list">
        <label htmlFor="new-list-name">{t('newListName')}</label>
        <input id="new-list-name" value={name} maxLength={200} placeholder={t('defaultName')} onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t('create')}</button>
      </form>
      <label className="import-list">
        {t('import')}
        <input type="file" accept="application/json,.json" data-testid="import-list" onChange={(e) => void importFile(e)} />
      </label>
      {importError && <p role="alert">{importError}</p>}
    </aside>
  );
}
