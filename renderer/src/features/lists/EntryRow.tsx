// One question of a list: its identifiers and texts as snapshotted, the chosen answers, a note,
// and controls to move (buttons, or Alt+↑/↓ anywhere in the row), choose answers and remove.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { linkToItem } from '../../app/router';
import { AnswerChecklist, answerKey, useAnswers } from './AnswerChooser';
import type { ListEntry } from './lists-store';
import { listsStore } from './stores';

function ChooseAnswers({ listId, entry, onDone }: { listId: string; entry: ListEntry; onDone(): void }) {
  const { t } = useTranslation('lists');
  const answers = useAnswers(String(entry.conceptId ?? entry.code));
  const [chosen, setChosen] = useState(() => new Set(entry.answers.map(answerKey).filter((k): k is string => !!k)));
  if (!answers) return <p role="status">{t('loading')}</p>;
  const apply = () => {
    const all = answers.every((a) => !answerKey(a) || chosen.has(answerKey(a)!));
    void listsStore.getState().change({ op: 'choose-answers', listId, entryId: entry.id, answers: all ? 'all' : [...chosen] }).then((ok) => ok && onDone());
  };
  return (
    // Esc closes it without changing the answers, like the other popovers.
    <div className="choose-answers" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onDone())}>
      <AnswerChecklist answers={answers} chosen={chosen} onChange={setChosen} legend={t('chooseAnswers')} />
      <button type="button" disabled={chosen.size === 0} onClick={apply}>
        {t('applyAnswers')}
      </button>
    </div>
  );
}

export function EntryRow({ listId, entry, index, total }: { listId: string; entry: ListEntry; index: number; total: number }) {
  const { t } = useTranslation('lists');
  const f = useFormat();
  const [choosing, setChoosing] = useState(false);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const closeChooser = () => (setChoosing(false), chooseButton.current?.focus());
  const [note, setNote] = useState(entry.note);
  const code = entry.code ?? String(entry.conceptId ?? '');
  const s = listsStore.getState();
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    void s.step(listId, entry.id, e.key === 'ArrowUp' ? -1 : 1);
  };
  const answers = entry.allAnswers
    ? entry.answers.length
      ? t('allAnswers', { count: entry.answers.length })
      : t('noAnswers')
    : t('someAnswers', { answers: entry.answers.map((a) => a.code ?? a.conceptId).join(', ') });

  return (
    <li className="list-entry" data-testid="list-entry" data-code={entry.code ?? ''} onKeyDown={onKeyDown}>
      <div className="entry-head">
        <a href={linkToItem(entry.conceptId ?? code)}>
          <code>{code}</code>
        </a>{' '}
        <span className="muted">
          {entry.conceptId != null ? `${t('conceptId')} ${entry.conceptId}` : t('noConceptId')} · {entry.survey?.name ?? entry.survey?.slug}
        </span>
        <span className="entry-tools">
          <button type="button" aria-label={t('moveUp', { code })} disabled={index === 0} onClick={() => void s.step(listId, entry.id, -1)}>
            ↑
          </button>
          <button type="button" aria-label={t('moveDown', { code })} disabled={index === total - 1} onClick={() => void s.step(listId, entry.id, 1)}>
            ↓
          </button>
          <button ref={chooseButton} type="button" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
            {t('chooseAnswers')}
          </button>
          <button type="button" aria-label={t('remove', { code })} onClick={() => void s.change({ op: 'remove', listId, entryId: entry.id })}>
            ✕
          </button>
        </span>
      </div>
      <p lang="en">{entry.text.en}</p>
      {entry.text.es && <p lang="es" className="muted">{entry.text.es}</p>}
      <p className="entry-answers">{answers}</p>
      {choosing && <ChooseAnswers listId={listId} entry={entry} onDone={closeChooser} />}
      <label className="entry-note">
        <span className="visually-hidden">{t('note', { code })}</span>
        <input
          value={note}
          maxLength={20_000}
          placeholder={t('note', { code })}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => note !== entry.note && void s.change({ op: 'annotate', listId, entryId: entry.id, note })}
        />
      </label>
      <p className="muted small">{t('addedFrom', { date: f.date(entry.addedAt), asOf: entry.codebookAsOf ? f.date(entry.codebookAsOf) : '—' })}</p>
    </li>
  );
}
