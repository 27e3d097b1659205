// The slim bar above the participant view: module, progress, and the trainer's switches
// (each also on a key, listed by the ? overlay).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, useTrainerStore, type Lang } from './trainer-store';
import { toggleFullscreen } from './useTrainerKeys';

const LANG_KEY: Record<Lang, 'langEn' | 'langEs' | 'langBoth'> = { en: 'langEn', es: 'langEs', both: 'langBoth' };

export function TrainerToolbar({ name, position, total, onLeave, children }: { name: string; position: number; total: number; onLeave(): void; children?: ReactNode }) {
  const { t } = useTranslation('trainer');
  const { lang, codes, index, set } = useTrainerStore();
  return (
    <header className="trainer-bar">
      <span className="trainer-title">{name}</span>
      <span className="trainer-progress">
        <span aria-live="polite">{t('progress', { position, total })}</span>
        <progress aria-label={t('progressLabel')} max={Math.max(total, 1)} value={position} />
      </span>
      <span className="trainer-tools">
        {children}
        <span role="group" aria-label={t('language')} className="trainer-langs">
          {LANGS.map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} onClick={() => set({ lang: l })}>
              {t(LANG_KEY[l])}
            </button>
          ))}
        </span>
        <button type="button" aria-pressed={codes} onClick={() => set({ codes: !codes })}>
          {t('codes')} (C)
        </button>
        <button type="button" aria-pressed={index} onClick={() => set({ index: !index })}>
          {t('index')} (I)
        </button>
        <button type="button" onClick={toggleFullscreen}>
          {t('fullscreen')} (F)
        </button>
        <button type="button" onClick={() => set({ help: true })}>
          {t('help')} (?)
        </button>
        <button type="button" onClick={onLeave}>
          {t('exit')} (Esc)
        </button>
      </span>
    </header>
  );
}
