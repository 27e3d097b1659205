// The diff shown with more than colour: deleted words struck through, inserted words underlined,
// each announced to screen readers.
import { useTranslation } from 'react-i18next';
import { isIdentical, wordDiff } from './word-diff';

export function WordDiff({ original, allOfUs }: { original: string; allOfUs: string }) {
  const { t } = useTranslation('detail');
  const parts = wordDiff(original, allOfUs);
  if (isIdentical(parts)) return <p className="muted">{t('sources.identical')}</p>;
  return (
    <p className="word-diff" data-testid="word-diff">
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.kind === 'removed' ? (
          <del key={i}>
            <span className="visually-hidden">{t('sources.deleted')} </span>
            {p.text}
          </del>
        ) : (
          <ins key={i}>
            <span className="visually-hidden">{t('sources.inserted')} </span>
            {p.text}
          </ins>
        ),
      )}
    </p>
  );
}
