// The words a search hit shows around its data (its kind, "Concept ID", "Answer to"…) and the
// content languages it shows, made once per UI language and content language rather than by a
// translation hook in every row on every keystroke. The same object until either changes, so
// memoized rows compare it by identity.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../electron/contract/models';
import { shownLanguages, useShellStore } from '../../app/shell-store';

export interface HitLabels {
  kind: Record<ItemKind, string>;
  conceptId: string;
  exact: { 'concept-id': string; code: string };
  noText: string;
  answerOf: string;
  matchedIn: string;
  /** The content languages shown, in order. */
  langs: ('en' | 'es')[];
}

export function useHitLabels(): HitLabels {
  const { t, i18n } = useTranslation(['search', 'lookup']);
  const content = useShellStore((s) => s.contentLanguage);
  return useMemo(
    () => ({
      kind: { module: t('search:kind.module'), topic: t('search:kind.topic'), question: t('search:kind.question'), answer: t('search:kind.answer') },
      conceptId: t('search:hit.conceptId'),
      exact: { 'concept-id': t('lookup:exact.concept-id'), code: t('lookup:exact.code') },
      noText: t('search:hit.noText'),
      answerOf: t('search:hit.answerOf'),
      matchedIn: t('search:hit.matchedIn'),
      langs: shownLanguages(content),
    }),
    [t, i18n.resolvedLanguage, content], // eslint-disable-line react-hooks/exhaustive-deps
  );
}
