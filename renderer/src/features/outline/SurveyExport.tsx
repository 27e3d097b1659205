// F18: the survey in the field's interchange formats (FHIR Questionnaire, REDCap, DDI, ATLAS),
// saved through the native dialog (desktop) or downloaded (browser mode). On an outline page it
// exports that survey; in the catalog (`choices`) the user picks the survey first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isBrowserMode, unwrap } from '../../api';
import { saveExport } from '../lists/export-file';
import type { NameInLanguage } from '../../app/survey-name';

const FORMATS = ['fhir', 'redcap', 'ddi', 'atlas'] as const;
type Format = (typeof FORMATS)[number];

export interface SurveyChoice {
  slug: string;
  name: NameInLanguage;
}

export function SurveyExport({ slug: fixed, choices }: { slug: string; choices?: SurveyChoice[] }) {
  const { t } = useTranslation('outline');
  const [slug, setSlug] = useState(fixed);
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
      <span id="survey-export-label">{choices ? t('export.labelAny') : t('export.label')}</span>{' '}
      {choices && (
        <label>
          {t('export.survey')}{' '}
          <select value={slug} onChange={(e) => setSlug(e.target.value)} data-testid="survey-export-survey">
            {choices.map((c) => (
              <option key={c.slug} value={c.slug} lang={c.name.lang}>
                {c.name.text}
              </option>
            ))}
          </select>
        </label>
      )}{' '}
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
