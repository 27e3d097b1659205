// One outline row: the text (EN, ES or both), code and concept ID, field type, answer and source
// counts, and for a follow-up the condition that opens it ("if X is not No, …").
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataLabels } from '../../app/data-labels';
import type { OutlineRow } from '../../../../electron/contract/models';
import { linkToItem } from '../../app/router';
import { shownLanguages, useShellStore } from '../../app/shell-store';
import { itemKey } from './outline-filter';

interface Props {
  row: OutlineRow;
  index: number;
  ref: Ref<HTMLDivElement>;
  dataIndex: number;
  top: number;
  active: boolean;
  match: boolean;
  onFocus(): void;
}

const MAX_ANSWERS = 3;

export function OutlineRowView({ row, index, ref, dataIndex, top, active, match, onFocus }: Props) {
  const { t } = useTranslation('outline');
  const labels = useDataLabels();
  const langs = shownLanguages(useShellStore((s) => s.contentLanguage));
  const key = itemKey(row);
  return (
    <div
      ref={ref}
      role="treeitem"
      aria-level={row.depth + 1}
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      data-row={index}
      data-index={dataIndex}
      data-code={row.code ?? ''}
      data-depth={row.depth}
      data-testid="outline-row"
      className={`outline-row kind-${row.kind}${match ? ' match' : ''}`}
      style={{ transform: `translateY(${top}px)`, paddingInlineStart: `${0.5 + row.depth * 1.5}rem` }}
      onFocus={onFocus}
    >
      {row.condition && <Condition condition={row.condition} />}
      <div className={`texts langs-${langs.length}`}>
        {langs.map((l) => (
          <span key={l} lang={l} className={row.text[l] ? 'text' : 'text muted'}>
            {key ? (
              <a href={linkToItem(key)} tabIndex={-1}>
                {row.text[l] ?? t('noText', { lang: l.toUpperCase() })}
              </a>
            ) : (
              (row.text[l] ?? t('noText', { lang: l.toUpperCase() }))
            )}
          </span>
        ))}
      </div>
      <div className="meta">
        {row.code && <code>{row.code}</code>}
        {row.conceptId !== null && <code className="muted">{row.conceptId}</code>}
        {row.fieldType && <span className="tag">{labels.fieldType(row.fieldType)}</span>}
        {row.answerCount > 0 && <span className="muted">{t('answers', { count: row.answerCount })}</span>}
        {row.sourceCount > 0 && <span className="muted">{t('sources', { count: row.sourceCount })}</span>}
      </div>
    </div>
  );
}

function Condition({ condition: c }: { condition: NonNullable<OutlineRow['condition']> }) {
  const { t } = useTranslation('outline');
  const shown = c.answers.slice(0, MAX_ANSWERS);
  const more = c.answers.length - shown.length;
  const answers = shown.map((a) => a.code ?? a.text.en ?? a.text.es ?? t('labelUnknown', { id: a.conceptId ?? '?' })).join(', ') + (more > 0 ? ` ${t('more', { count: more })}` : '');
  const all = c.answers.map((a) => `${a.code ?? ''} ${a.text.en ? `(${a.text.en})` : ''}`.trim()).join(', ');
  // Read as a person would: the answers that open the follow-up, by their text ("if Yes").
  const opens = c.opens.slice(0, MAX_ANSWERS).map((a) => a.text.en ?? a.text.es);
  if (opens.length && opens.every(Boolean))
    return (
      <div className="condition" title={`${c.parentCode ?? ''}: ${all}`}>
        <span aria-hidden="true">↳ </span>
        {t('conditionOpens', { answers: opens.join(` ${t('or')} `) + (c.opens.length > MAX_ANSWERS ? ` ${t('more', { count: c.opens.length - MAX_ANSWERS })}` : '') })}
      </div>
    );
  return (
    <div className="condition" title={all}>
      <span aria-hidden="true">↳ </span>
      {t(c.when === 'shown' ? 'conditionShown' : 'conditionHidden', { parent: c.parentCode ?? String(c.parentConceptId ?? '?'), answers })}
    </div>
  );
}
