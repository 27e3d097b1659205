// A small button that copies a code or ID (F12). navigator.clipboard where the page may use it,
// else a hidden textarea and execCommand (older engines, or a refused permission).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the fallback */
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** `what` names the thing copied for screen readers ("PPI concept ID"); the value is read too. */
export function CopyButton({ value, what }: { value: string | number; what?: string }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!done) return;
    const timer = setTimeout(() => setDone(null), 1500);
    return () => clearTimeout(timer);
  }, [done]);
  const text = String(value);
  const label = what ? t('copy.labelWhat', { what, value: text }) : t('copy.label', { value: text });
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={label}
      title={label}
      data-copy={text}
      onClick={() => void copyText(text).then((ok) => setDone(ok ? 'copied' : 'failed'))}
    >
      {done === 'copied' ? <span aria-hidden="true">✓</span> : <CopyIcon />}
      <span className="visually-hidden" role="status">
        {done ? t(`copy.${done}`) : ''}
      </span>
    </button>
  );
}

/** A code or ID in monospace with its copy button. */
export function CopyableCode({ value, what }: { value: string | number | null; what?: string }) {
  if (value === null || value === '') return <span className="muted">—</span>;
  return (
    <span className="copyable">
      <code>{value}</code>
      <CopyButton value={value} what={what} />
    </span>
  );
}

/** Two overlapping sheets, drawn so no font is needed. */
function CopyIcon() {
  return (
    <svg aria-hidden="true" width="12" height="12" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="5" y="5" width="9" height="9" rx="1.5" />
      <path d="M11 3.5V3a1.5 1.5 0 0 0-1.5-1.5h-6A1.5 1.5 0 0 0 2 3v6.5A1.5 1.5 0 0 0 3.5 11H4" />
    </svg>
  );
}
