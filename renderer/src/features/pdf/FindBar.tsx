// Find in the document: the query, the match count and next/previous.
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  query: string;
  onQuery(q: string): void;
  count: number;
  selected: number;
  searching: boolean;
  onStep(direction: 1 | -1): void;
  onClose(): void;
}

export const FindBar = forwardRef<HTMLInputElement, Props>(function FindBar({ query, onQuery, count, selected, searching, onStep, onClose }, ref) {
  const { t } = useTranslation('pdf');
  return (
    <div className="pdf-find" role="search">
      <label>
        <span className="visually-hidden">{t('find.label')}</span>
        <input
          ref={ref}
          type="search"
          value={query}
          placeholder={t('find.placeholder')}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.preventDefault(), onStep(e.shiftKey ? -1 : 1));
            if (e.key === 'Escape') (e.preventDefault(), onClose());
          }}
        />
      </label>
      <button type="button" onClick={() => onStep(-1)} disabled={count === 0} aria-label={t('find.previous')}>
        ↑
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={count === 0} aria-label={t('find.next')}>
        ↓
      </button>
      <span className="pdf-find-count" role="status" data-count={count}>
        {query.trim() === '' ? '' : searching ? t('find.searching') : count === 0 ? t('find.none') : t('find.count', { index: selected + 1, count })}
      </span>
    </div>
  );
});
