// The palette's status line (how many results, a corrected spelling, an error, a concept card
// opening). Memoized on what it says: a keystroke that keeps the count renders and translates
// nothing here (a translation costs a tenth of a millisecond, a keystroke has sixteen).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PALETTE_LIMIT } from './stores';

interface Props {
  /** The error's message, when the search failed. */
  error: string | null;
  /** Whether the list is open (the count is said only then). */
  expanded: boolean;
  corrected: string | null;
  /** The words whose results are shown while the last word is one letter (SearchResult.resultsFor). */
  resultsFor: string | null;
  count: number;
  /** The query, for "no matches for …" (empty when there are hits and no resultsFor, so typing on
   *  does not re-render). */
  noneFor: string;
  /** The ID or code whose concept card is opening, if any. */
  opening: string | null;
}

export const PaletteStatus = memo(function PaletteStatus({ error, expanded, corrected, resultsFor, count, noneFor, opening }: Props) {
  const { t } = useTranslation(['search', 'lookup']);
  return (
    <p className="palette-status" role="status">
      {error !== null && t('box.error', { message: error })}
      {error === null && expanded && corrected && `${t('box.corrected', { corrected })} `}
      {error === null && expanded && resultsFor && `${t('box.resultsFor', { words: resultsFor, query: noneFor })} `}
      {error === null && expanded && (count >= PALETTE_LIMIT ? t('box.countFirst', { count }) : count > 0 ? t('box.count', { count }) : t(resultsFor === '' ? 'box.typeMore' : 'box.none', { query: noneFor }))}
      {opening !== null && ` ${t('lookup:opening', { text: opening })}`}
    </p>
  );
});
