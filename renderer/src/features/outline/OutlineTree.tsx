// The outline as an ARIA tree with one tab stop (roving focus): arrows, Home/End, Page Up/Down,
// Left to the parent, Right to the first follow-up, Enter opens the detail, C copies the code,
// A adds the question to a variable list.
// Only the rows in view are in the page (@tanstack/react-virtual).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline } from '../../../../electron/contract/models';
import { linkToItem, useRouteStore } from '../../app/router';
import { copyText } from '../../components/CopyButton';
import { itemKey, type FilteredOutline } from './outline-filter';
import { moveActive, useOutlineStore } from './outline-store';
import { OutlineRowView } from './OutlineRow';
import { openOutlineAddToList } from './OutlineAddToList';

interface Props {
  outline: Outline;
  filtered: FilteredOutline;
  parents: number[];
}

export function OutlineTree({ outline, filtered, parents }: Props) {
  const { t } = useTranslation('outline');
  const { active: stored, setActive } = useOutlineStore();
  const navigate = useRouteStore((s) => s.navigate);
  const scroller = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef(false);
  // What C and A did, said on screen and to screen readers (a key with no visible effect is a trap).
  const [notice, setNotice] = useState('');
  const { shown, matches } = filtered;
  const active = shown.includes(stored) ? stored : shown[0]!;
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 8,
    getItemKey: (i) => shown[i]!,
  });

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-row="${active}"]`)?.focus();
  });

  // Back from a detail page: bring the active row into view.
  useEffect(() => {
    const at = shown.indexOf(active);
    if (at > 0) virtualizer.scrollToIndex(at, { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = outline.rows[active];
    if (e.key === 'Enter' && row) {
      const key = itemKey(row);
      if (key) navigate(linkToItem(key));
      e.preventDefault();
      return;
    }
    if ((e.key === 'c' || e.key === 'C') && !e.ctrlKey && !e.metaKey && row?.code) {
      const code = row.code;
      void copyText(code).then((ok) => setNotice(t(ok ? 'copied' : 'copyFailed', { code })));
      e.preventDefault();
      return;
    }
    if ((e.key === 'a' || e.key === 'A') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      if (row?.kind === 'question') openOutlineAddToList();
      else if (row) setNotice(t('onlyQuestions', { code: row.code ?? String(row.conceptId ?? '') }));
      e.preventDefault();
      return;
    }
    const next = moveActive(shown, active, e.key, parents);
    if (next !== active) setNotice('');
    if (next === active && !['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageUp', 'PageDown'].includes(e.key)) return;
    e.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(shown.indexOf(next), { align: 'auto' });
    focusAfterRender.current = true;
  };

  return (
    <>
    <p role="status" className="outline-notice" data-testid="outline-notice">
      {notice}
    </p>
    <div ref={scroller} className="outline-scroller" data-testid="outline">
      <div role="tree" aria-label={t('treeLabel', { name: outline.survey.name ?? outline.survey.slug })} onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const index = shown[v.index]!;
          return (
            <OutlineRowView
              key={v.key}
              row={outline.rows[index]!}
              index={index}
              ref={virtualizer.measureElement}
              dataIndex={v.index}
              top={v.start}
              active={index === active}
              match={matches.has(index)}
              onFocus={() => setActive(index)}
            />
          );
        })}
      </div>
    </div>
    </>
  );
}
