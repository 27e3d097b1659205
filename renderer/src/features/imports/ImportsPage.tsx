// #/imports (F17): start an import (a path field; in the desktop app also the native picker),
// follow it on a progress bar, cancel it; the imports kept, each removable.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { api, isBrowserMode, unwrap } from '../../api';
import { useReportPageState } from '../../app/page-state';
import { ImportJobStatus } from './ImportJobStatus';
import { ImportsTable } from './ImportsTable';
import { importsStore } from './stores';
import './imports.css';

export function ImportsPage() {
  const { t } = useTranslation('imports');
  const { status, error, job } = useStore(importsStore);
  const [path, setPath] = useState('');
  useEffect(() => void importsStore.getState().load(), []);
  useReportPageState(status === 'ready' ? 'ready' : status === 'error' ? 'error' : 'loading', status === 'error' ? error : null);
  const running = job?.status === 'running';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (path.trim() && !running) void importsStore.getState().start(path.trim());
  };
  const choose = async (what: 'folder' | 'file') => {
    const chosen = await unwrap(api.chooseImportPath(what)).catch(() => null);
    if (chosen) setPath(chosen);
  };
  return (
    <section className="imports-page" aria-labelledby="page-title">
      <h2 id="page-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <form onSubmit={submit} className="import-form">
        <fieldset disabled={running}>
          <legend>{t('form.legend')}</legend>
          <label htmlFor="import-path">{t('form.path')}</label>
          <input id="import-path" type="text" value={path} onChange={(e) => setPath(e.target.value)} aria-describedby="import-path-help" spellCheck={false} />
          <span id="import-path-help" className="muted">
            {t('form.pathHelp')}
          </span>
          <div className="import-buttons">
            {!isBrowserMode && (
              <>
                <button type="button" onClick={() => void choose('folder')}>
                  {t('form.chooseFolder')}
                </button>
                <button type="button" onClick={() => void choose('file')}>
                  {t('form.chooseFile')}
                </button>
              </>
            )}
            <button type="submit" disabled={!path.trim()}>
              {t('form.start')}
            </button>
          </div>
        </fieldset>
      </form>
      {error && status !== 'error' && (
        <p role="alert" className="error">
          {t('job.failed', { message: error })}
        </p>
      )}
      {job && <ImportJobStatus job={job} onCancel={() => void importsStore.getState().cancel()} />}
      <ImportsTable />
    </section>
  );
}
