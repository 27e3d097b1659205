// "Add to list" for any view that shows a question (detail, search results, outline rows):
// choose a list (or a new one) and all or some of the answers. Answers are loaded when opened
// unless the view passes them.
import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Answer } from '../../../../electron/contract/models';
import { AnswerChecklist, answerKey, useAnswers } from './AnswerChooser';
import { AnswerTargetLine, useAnswerTarget } from './AnswerTarget';
import { listsStore } from './stores';
import './lists.css';

const NEW = '\u0000new';

function AddForm({ item, answers: given, answerHit, onDone }: { item: string; answers?: Answer[]; answerHit: boolean; onDone(message: string): void }) {
  const { t } = useTranslation('lists');
  const id = useId();
  const { lists, selectedId } = useStore(listsStore);
  const answers = useAnswers(item, answerHit ? [] : given);
  const answerTarget = useAnswerTarget(item, answerHit);
  const [target, setTarget] = useState(selectedId ?? lists[0]?.id ?? NEW);
  const [name, setName] = useState('');
  const [mode, setMode] = useState<'all' | 'chosen'>('all');
  const [chosen, setChosen] = useState(new Set<string>());
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'chosen' && chosen.size === 0) return setError(t('add.chooseOne'));
    const choice = mode === 'all' ? ('all' as const) : [...chosen];
    const newName = name.trim() || t('defaultName');
    const ok = await listsStore.getState().change(target === NEW ? { op: 'add', newListName: newName, item, answers: choice } : { op: 'add', listId: target, item, answers: choice });
    const s = listsStore.getState();
    if (!ok) return setError(s.error);
    onDone(t('add.added', { name: s.lists.find((l) => l.id === (target === NEW ? s.selectedId : target))?.name ?? newName }));
  };

  const keyed = (answers ?? []).filter((a) => answerKey(a));
  const form = useRef<HTMLFormElement>(null);
  useKeepOnScreen(form, [keyed.length, mode, target]);
  return (
    <form ref={form} className="add-to-list-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-list`}>{t('add.list')}</label>
      <select id={`${id}-list`} value={target} onChange={(e) => setTarget(e.target.value)}>
        {lists.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
        <option value={NEW}>{t('add.newList')}</option>
      </select>
      {target === NEW && <input aria-label={t('add.newListName')} value={name} maxLength={200} placeholder={t('defaultName')} onChange={(e) => setName(e.target.value)} />}
      {answerHit && <AnswerTargetLine target={answerTarget} />}
      {keyed.length > 0 && (
        <fieldset>
          <legend>{t('add.answers')}</legend>
          <label>
            <input type="radio" name={`${id}-mode`} checked={mode === 'all'} onChange={() => setMode('all')} /> {t('add.all')}
          </label>
          <label>
            <input type="radio" name={`${id}-mode`} checked={mode === 'chosen'} onChange={() => setMode('chosen')} /> {t('add.chosen')}
          </label>
          {mode === 'chosen' && <AnswerChecklist answers={keyed} chosen={chosen} onChange={setChosen} legend={t('add.chosen')} />}
        </fieldset>
      )}
      <button type="submit" disabled={answerHit && !answerTarget?.question}>
        {t('add.submit')}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

/** Shifts the popover left when it would run off the window's right edge (never past its left). */
function useKeepOnScreen(ref: React.RefObject<HTMLElement | null>, deps: unknown[]) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.left = '';
    const r = el.getBoundingClientRect();
    const room = document.documentElement.clientWidth - 8;
    if (r.right > room) el.style.left = `${Math.max(room - r.right, 8 - r.left)}px`;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/** `item` is the question's concept ID or code; with `answerHit`, an answer's (its question goes in with that answer). */
export function AddToListButton({ item, code, answers, answerHit = false }: { item: string | number; code?: string | null; answers?: Answer[]; answerHit?: boolean }) {
  const { t } = useTranslation('lists');
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open && listsStore.getState().status === 'idle') void listsStore.getState().load();
  }, [open]);
  return (
    // Esc, from the button or anywhere in the form, closes the form and gives the button back focus.
    <span className="add-to-list" onKeyDown={(e) => open && e.key === 'Escape' && (e.stopPropagation(), setOpen(false), button.current?.focus())}>
      <button ref={button} type="button" aria-expanded={open} aria-label={t('add.buttonFor', { code: code ?? String(item) })} data-testid="add-to-list" onClick={() => (setOpen(!open), setMessage(''))}>
        {t('add.button')}
      </button>
      {open && <AddForm item={String(item)} answers={answers} answerHit={answerHit} onDone={(m) => (setMessage(m), setOpen(false))} />}
      <span role="status" className="add-status">
        {message}
      </span>
    </span>
  );
}
