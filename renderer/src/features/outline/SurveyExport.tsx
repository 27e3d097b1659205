// F18: the survey in the field's interchange formats (FHIR Questionnaire, REDCap, DDI, ATLAS),
// saved through the native dialog (desktop) or downloaded (browser mode).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isBrowserMode, unwrap } from '../../api';
import { saveExport } from '../lists/export-file';

const FORMATS = ['fhir', 'redcap', 'ddi', 'atlas'] as const;
type Format = (typeof FORMATS)[number];

export function SurveyExport({ slug }: { slug: string }) {
  const { t } = useTranslation('outline');
  const [format, setFormat] = useState<Format>('fhir');
  const [status, setStatus] = useState('');

  const run = async () => {
    setStatus('');
    try {
      const file = await unwrap(api.exportSurvey({ survey: slug, format }));
      const r = await saveExport(api, file, isBrowserMode);
      setStatus(!r.saved ? t('export.cancelled') : r.path ? t('export.saved', { path: r.path }) : t('export.downloaded', { file: file.filename }));
    } catch (e) {
      setStatus(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="survey-export" role="group" aria-labelledby="survey-export-label">
      <span id="survey-export-label">{t('export.label')}</span>{' '}
      <label>
        {t('export.format')}{' '}
        <select value={format} onChange={(e) => setFormat(e.target.value as Format)} data-testid="survey-export-format">
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`export.formats.${f}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" onClick={() => void run()} data-testid="survey-export">
        {isBrowserMode ? t('export.download') : t('export.save')}
      </button>{' '}
      <span role="status" className="muted" data-testid="survey-export-status">
        {status}
      </span>
    </div>
  );
}
