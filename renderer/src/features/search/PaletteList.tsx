// The palette's listbox. Rows are memoized on their option and selection: while the next answer
// is on its way, the rows on screen are not rendered again, and a new answer renders only the rows
// it changes (palette-options.ts keeps the others' objects). Their words come from one set of
// labels (hit-labels.ts), not a translation hook per row. One set of handlers on the list (not one
// per row) keeps rows pure. The rows out of view come once typing pauses (rows-in-view.ts).
import { memo, useMemo, useRef, type MouseEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useHitLabels, type HitLabels } from './hit-labels';
import { HitMeta, HitTexts } from './HitSummary';
import type { PaletteOption } from './palette-options';
import { useRowsInView } from './rows-in-view';

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
  const { t } = useTranslation('search');
  const sentences = useMemo(() => optionSentences(t), [t]);
  const labels = useHitLabels();
  const list = useRef<HTMLUListElement>(null);
  const [rendered, showAll] = useRowsInView(options, active, labels.langs.length, list);
  return (
    <ul
      ref={list}
      id={listId}
      role="listbox"
      aria-label={label}
      data-testid="search-results"
      data-query={query}
      data-state={status}
      data-source={source}
      aria-busy={rendered < options.length}
      onMouseDown={(e) => {
        e.preventDefault();
        // On the list itself, not a row: its scrollbar.
        if (e.target === e.currentTarget) showAll();
      }}
      onWheel={showAll}
      onTouchStart={showAll}
      onMouseMove={(e) => {
        const i = rowIndex(e);
        if (i !== null && i !== active) onActive(i);
      }}
      onClick={(e) => {
        const i = rowIndex(e);
        if (i !== null && options[i]) onChoose(options[i]);
      }}
    >
      {options.slice(0, rendered).map((o, i) => (
        <Row key={o.id} option={o} index={i} of={options.length} selected={i === active} listId={listId} labels={labels} text={optionText(sentences, o)} />
      ))}
    </ul>
  );
}

// Its place in the whole answer (aria-posinset, aria-setsize): the rows below the fold may not be
// rendered yet (rows-in-view.ts), and a screen reader would count only the rendered ones.
const Row = memo(function Row({ option: o, index, of, selected, listId, labels, text }: { option: PaletteOption; index: number; of: number; selected: boolean; listId: string; labels: HitLabels; text: string }) {
  return (
    <li id={`${listId}-${o.id}`} role="option" aria-selected={selected} aria-posinset={index + 1} aria-setsize={of} className={`palette-option option-${o.type}`} data-testid={`palette-${o.type}`} data-index={index}>
      {o.type === 'hit' ? (
        <>
          <HitMeta hit={o.hit} labels={labels} />
          <HitTexts hit={o.hit} labels={labels} />
        </>
      ) : (
        text
      )}
    </li>
  );
});

/** Stands for the query in a translated sentence, filled in per keystroke without translating again. */
const SLOT = '\u0000';

/** The sentences of the options that are not hits, translated once per language. */
function optionSentences(t: TFunction<'search'>) {
  return { literal: t('box.searchLiteral', { query: SLOT }), suggestion: t('box.didYouMean', { suggestion: SLOT }), all: t('box.allResults', { query: SLOT }) };
}

/** The words of an option that is not a hit (a hit's row shows its data). */
function optionText(sentences: ReturnType<typeof optionSentences>, o: PaletteOption): string {
  if (o.type === 'hit') return '';
  return sentences[o.type].split(SLOT).join(o.type === 'suggestion' ? o.text : o.query);
}
