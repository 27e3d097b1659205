// The two overlays: the keyboard help (?) and the question index to jump anywhere (I).
import { useTranslation } from 'react-i18next';
import { asked, type Walk, type WalkState } from './walker';
import { shown } from './trainer-text';
import type { Lang } from './trainer-store';

const KEYS = [
  ['← →', 'arrowsLR'],
  ['↑ ↓', 'arrowsUD'],
  ['1–9', 'numbers'],
  ['Enter', 'enter'],
  ['Backspace B', 'back'],
  ['Esc', 'esc'],
  ['F', 'f'],
  ['C', 'c'],
  ['L', 'l'],
  ['I', 'i'],
  ['Y N', 'yn'],
  ['?', 'help'],
] as const;

export function HelpOverlay({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('trainer');
  return (
    <div className="trainer-overlay" role="dialog" aria-modal="true" aria-labelledby="trainer-help-title">
      <h3 id="trainer-help-title">{t('helpTitle')}</h3>
      <dl className="trainer-keys">
        {KEYS.map(([k, key]) => (
          <div key={key}>
            <dt>
              {k.split(' ').map((part) => (
                <kbd key={part}>{part}</kbd>
              ))}
            </dt>
            <dd>{t(`keys.${key}`)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" autoFocus onClick={onClose}>
        {t('close')}
      </button>
    </div>
  );
}

interface IndexProps {
  walk: Walk;
  s: WalkState;
  lang: Lang;
  codes: boolean;
  onJump(row: number): void;
  onClose(): void;
}

export function IndexPanel({ walk, s, lang, codes, onJump, onClose }: IndexProps) {
  const { t } = useTranslation('trainer');
  const here = s.path[s.path.length - 1];
  return (
    <nav className="trainer-index" aria-labelledby="trainer-index-title">
      <div className="trainer-index-head">
        <h3 id="trainer-index-title">{t('indexTitle')}</h3>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <ol>
        {walk.rows.map((r, i) => {
          if (!walk.screens[i]) return null;
          const off = asked(walk, s, i) === 'no';
          const label = shown(r.text, lang === 'both' ? 'en' : lang)[0]?.text ?? r.code ?? '';
          return (
            <li key={i} className={off ? 'off' : undefined}>
              <button type="button" aria-current={i === here ? 'step' : undefined} onClick={() => onJump(i)}>
                {codes && r.code && <code>{r.code} </code>}
                {label.length > 90 ? `${label.slice(0, 90)}…` : label}
                {s.path.includes(i) && i !== here && <span className="muted"> ({t('visited')})</span>}
                {off && <span className="muted"> ({t('notOnPath')})</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
