// Keyboard first (F10): arrows, 1–9, Enter, Backspace/B, Esc, F, C, L, I, Y/N and ?, on the
// whole window while trainer mode is open. Buttons keep their own Enter and Space.
import { useEffect } from 'react';
import { LANGS, useTrainerStore } from './trainer-store';
import { current } from './walker';

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function moveFocus(delta: number): void {
  const answers = [...document.querySelectorAll<HTMLElement>('.trainer-answer')];
  if (answers.length === 0) return;
  const at = answers.indexOf(document.activeElement as HTMLElement);
  const to = at < 0 ? (delta > 0 ? 0 : answers.length - 1) : Math.min(answers.length - 1, Math.max(0, at + delta));
  answers[to]!.focus();
}

export function useTrainerKeys(onLeave: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const st = useTrainerStore.getState();
      const target = e.target as HTMLElement | null;
      const onAnswer = !!target?.classList.contains('trainer-answer');
      const onOtherButton = target?.tagName === 'BUTTON' && !onAnswer;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const done = () => e.preventDefault();
      if (key === 'Escape') {
        done();
        if (st.help || st.index) st.set({ help: false, index: false });
        else onLeave();
        return;
      }
      if (key === '?') return done(), st.set({ help: !st.help });
      if (st.help) return; // the help dialog is modal
      if (key === 'f') return done(), toggleFullscreen();
      if (key === 'c') return done(), st.set({ codes: !st.codes });
      if (key === 'i') return done(), st.set({ index: !st.index });
      if (key === 'l') return done(), st.set({ lang: LANGS[(LANGS.indexOf(st.lang) + 1) % LANGS.length]! });
      if (key === 'y') return done(), st.decide(true);
      if (key === 'n') return done(), st.decide(false);
      if (key === 'ArrowRight') return done(), st.next();
      if (key === 'ArrowLeft' || key === 'Backspace' || key === 'b') return done(), st.back();
      if (key === 'ArrowDown') return done(), moveFocus(1);
      if (key === 'ArrowUp') return done(), moveFocus(-1);
      if (/^[1-9]$/.test(key)) return done(), st.pick(Number(key) - 1);
      if (key === 'Enter' && !onOtherButton) {
        done();
        // Enter on a focused single-choice answer picks it first, then goes on.
        const i = current(st.s);
        if (onAnswer && i !== null && target?.getAttribute('role') === 'radio' && target.getAttribute('aria-checked') !== 'true') {
          const k = [...document.querySelectorAll('.trainer-answer')].indexOf(target);
          if (k >= 0) st.pick(k);
        }
        useTrainerStore.getState().next();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onLeave]);
}
