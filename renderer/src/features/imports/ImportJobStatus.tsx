// The running (or just ended) import: a progress bar, what it is reading, cancel; then its outcome.
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../../electron/contract/imports';

export function ImportJobStatus({ job, onCancel }: { job: ImportJob; onCancel: () => void }) {
  const { t, i18n } = useTranslation('imports');
  const nf = new Intl.NumberFormat(i18n.resolvedLanguage);
  if (job.status === 'running') {
    return (
      <div className="import-job" data-testid="import-job" data-status={job.status}>
        <progress max={1} value={job.fraction} aria-label={t('job.progress')} />
        <p role="status">{t('job.step', { step: job.step || '…', rows: nf.format(job.rows) })}</p>
        <button type="button" onClick={onCancel}>
          {t('job.cancel')}
        </button>
      </div>
    );
  }
  const message =
    job.status === 'done'
      ? t('job.done', { name: job.result?.name ?? '', rows: nf.format(job.result?.rows ?? 0) })
      : job.status === 'cancelled'
        ? t('job.cancelled')
        : t('job.failed', { message: job.error ?? '' });
  return (
    <div className="import-job" data-testid="import-job" data-status={job.status}>
      <p role={job.status === 'failed' ? 'alert' : 'status'} className={job.status === 'failed' ? 'error' : undefined}>
        {message}
      </p>
    </div>
  );
}
