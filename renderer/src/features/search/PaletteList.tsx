// The palette's listbox. Rows are memoized on their option and selection: while the next answer
// is on its way (each keystroke), the rows on screen are not rendered again, and a new answer
// renders only its own rows. One set of handlers on the list (not one per row) keeps rows pure.
import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HitMeta, HitTexts } from './HitSummary';
import type { PaletteOption } from './palette-options';

interface Props {
  listId: string;
  label: string;
  options: PaletteOption[];
  active: number;
  query: string;
  status: string;
  /** Who answered the shown list (local: the renderer itself, in the keystroke's frame). */
  source: string;
  onActive(index: number): void;
  onChoose(option: PaletteOption): void;
}

/** The index of the row under the pointer, from its data-index. */
function rowIndex(e: MouseEvent): number | null {
  const li = (e.target as Element).closest('[data-index]');
  return li ? Number(li.getAttribute('data-index')) : null;
}

export function PaletteList({ listId, label, options, active, query, status, source, onActive, onChoose }: Props) {
  return (
    <ul
      id={listId}
      role="listbox"
      aria-label={label}
      data-testid="search-results"
      data-query={query}
      data-state={status}
      data-source={source}
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={(e) => {
        const i = rowIndex(e);
        if (i !== null && i !== active) onActive(i);
      }}
      onClick={(e) => {
        const i = rowIndex(e);
        if (i !== null && options[i]) onChoose(options[i]);
      }}
    >
      {options.map((o, i) => (
        <Row key={o.id} option={o} index={i} selected={i === active} listId={listId} />
      ))}
    </ul>
  );
}

const Row = memo(function Row({ option: o, index, selected, listId }: { option: PaletteOption; index: number; selected: boolean; listId: string }) {
  const { t } = useTranslation('search');
  return (
    <li id={`${listId}-${o.id}`} role="option" aria-selected={selected} className={`palette-option option-${o.type}`} data-testid={`palette-${o.type}`} data-index={index}>
      {o.type === 'hit' && (
        <>
          <HitMeta hit={o.hit} />
          <HitTexts hit={o.hit} />
        </>
      )}
      {o.type === 'literal' && t('box.searchLiteral', { query: o.query })}
      {o.type === 'suggestion' && t('box.didYouMean', { suggestion: o.text })}
      {o.type === 'all' && t('box.allResults', { query: o.query })}
    </li>
  );
});
