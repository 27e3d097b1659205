// Export the selected list: pick a format, then copy it, or save it (native dialog in the desktop
// app, a download in the browser mode).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isBrowserMode, unwrap } from '../../api';
import { canCopy, copyExport, EXPORT_FORMATS, saveExport, type ExportFormat } from './export-file';
import { WorkspaceCdrField, useWorkspaceCdr } from './WorkspaceCdrField';

const WORKBENCH_FORMATS: readonly ExportFormat[] = ['sql', 'python', 'r'];

export function ExportBar({ listId }: { listId: string }) {
  const { t } = useTranslation('lists');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [status, setStatus] = useState('');
  const formatName = t(`export.formats.${format}`);
  const cdr = useWorkspaceCdr();
  const workbench = WORKBENCH_FORMATS.includes(format);

  const run = async (how: 'copy' | 'save') => {
    setStatus('');
    try {
      const file = await unwrap(api.exportList({ listId, format, ...(workbench && cdr.valid ? { workspaceCdr: cdr.value } : {}) }));
      if (how === 'copy') return setStatus((await copyExport(file)) ? t('export.copied', { format: formatName }) : t('failed', { message: 'clipboard' }));
      const r = await saveExport(api, file, isBrowserMode);
      setStatus(!r.saved ? t('export.cancelled') : r.path ? t('export.saved', { path: r.path }) : t('export.downloaded', { file: file.filename }));
    } catch (e) {
      setStatus(t('failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="export-bar" role="group" aria-label={t('export.label')}>
      <label>
        {t('export.format')}{' '}
        <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} data-testid="export-format">
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`export.formats.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {workbench && <WorkspaceCdrField cdr={cdr} />}
      <button type="button" disabled={!canCopy(format)} title={canCopy(format) ? undefined : t('export.notCopyable')} onClick={() => void run('copy')}>
        {t('export.copy')}
      </button>
      <button type="button" onClick={() => void run('save')}>
        {isBrowserMode ? t('export.download') : t('export.save')}
      </button>
      <span role="status" className="export-status">
        {status}
      </span>
    </div>
  );
}
