// The workspace's CDR dataset for the Workbench snippets: asked once, kept in this profile, so the
// SQL runs as pasted. Notebooks still read WORKSPACE_CDR first (the services write it so).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSPACE_CDR_PATTERN } from '../../../../electron/contract/lists';

const KEY = 'ppi.workspaceCdr';

function read(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return ''; // storage refused: asked again next time
  }
}

export interface WorkspaceCdr {
  value: string;
  valid: boolean;
  set(value: string): void;
}

export function useWorkspaceCdr(): WorkspaceCdr {
  const [value, setValue] = useState(read);
  const valid = WORKSPACE_CDR_PATTERN.test(value.trim());
  return {
    value: value.trim(),
    valid,
    set: (v) => {
      setValue(v);
      try {
        if (WORKSPACE_CDR_PATTERN.test(v.trim()) || v.trim() === '') localStorage.setItem(KEY, v.trim());
      } catch {
        /* kept for this session only */
      }
    },
  };
}

export function WorkspaceCdrField({ cdr }: { cdr: WorkspaceCdr }) {
  const { t } = useTranslation('lists');
  const wrong = cdr.value !== '' && !cdr.valid;
  return (
    <label className="workspace-cdr">
      {t('export.cdr')}{' '}
      <input
        type="text"
        value={cdr.value}
        spellCheck={false}
        placeholder={t('export.cdrPlaceholder')}
        aria-invalid={wrong}
        aria-describedby="workspace-cdr-hint"
        onChange={(e) => cdr.set(e.target.value)}
        data-testid="workspace-cdr"
      />{' '}
      <span id="workspace-cdr-hint" className={wrong ? 'error small' : 'muted small'}>
        {wrong ? t('export.cdrInvalid') : cdr.valid ? t('export.cdrKept') : t('export.cdrHint')}
      </span>
    </label>
  );
}
