// "Add to list" for the outline's selected question. It sits beside the tree, not inside its
// rows, so the tree keeps one tab stop and no nested controls; A in the tree opens it.
import { useTranslation } from 'react-i18next';
import type { Outline } from '../../../../electron/contract/models';
import { AddToListButton } from '../lists/AddToListButton';
import { itemKey } from './outline-filter';
import { useOutlineStore } from './outline-store';

export const OUTLINE_ADD_TESTID = 'outline-add';

export function OutlineAddToList({ outline }: { outline: Outline }) {
  const { t } = useTranslation('outline');
  const active = useOutlineStore((s) => s.active);
  const row = outline.rows[active];
  const key = row && row.kind === 'question' ? itemKey(row) : null;
  if (!row || !key) return null;
  return (
    <div className="outline-add" data-testid={OUTLINE_ADD_TESTID}>
      <span className="muted">{t('selected', { code: row.code ?? String(row.conceptId) })}</span>{' '}
      <AddToListButton key={key} item={key} code={row.code} />
    </div>
  );
}

/** Opens the selected question's "Add to list" form (the A key in the tree). */
export function openOutlineAddToList(): void {
  document.querySelector<HTMLButtonElement>(`[data-testid="${OUTLINE_ADD_TESTID}"] [data-testid="add-to-list"]`)?.click();
}
