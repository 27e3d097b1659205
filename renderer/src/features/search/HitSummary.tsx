// One search hit: kind, code, concept ID and survey on one line, then its wording in the content
// language(s), with the matched words highlighted where the snippet was cut from that language.
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../electron/contract/models';
import { shownLanguages, useShellStore } from '../../app/shell-store';
import { isExactHit } from './palette-options';
import { Snippet } from './Snippet';
import { snippetLanguage } from './snippet';

export function HitMeta({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation(['search', 'lookup']);
  return (
    <span className="hit-meta">
      <span className={`kind kind-${hit.kind}`}>{t(`search:kind.${hit.kind}`)}</span>
      {hit.code && <code className="hit-code">{hit.code}</code>}
      {hit.conceptId !== null && (
        <span className="hit-id">
          <span className="visually-hidden">{t('search:hit.conceptId')} </span>
          {hit.conceptId}
        </span>
      )}
      {hit.survey && <span className="hit-survey">{hit.survey.name ?? hit.survey.slug}</span>}
      {isExactHit(hit) && <span className="exact">{t(`lookup:exact.${hit.match as 'concept-id' | 'code'}`)}</span>}
    </span>
  );
}

export function HitTexts({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation('search');
  const langs = shownLanguages(useShellStore((s) => s.contentLanguage));
  const from = hit.match === 'text' ? snippetLanguage(hit.snippet, hit.text) : null;
  return (
    <span className="hit-texts">
      {langs.map((l) => {
        const text = hit.text[l];
        if (from === l) return <Snippet key={l} html={hit.snippet} lang={l} />;
        return text ? (
          <span key={l} className="hit-text" lang={l}>
            {text}
          </span>
        ) : (
          <span key={l} className="hit-text missing">
            {t('hit.noText')}
          </span>
        );
      })}
      {hit.question && (
        <span className="hit-question">
          {t('hit.answerOf')} {hit.question.code && <code>{hit.question.code}</code>} {langs.map((l) => hit.question!.text[l]).find(Boolean) ?? ''}
        </span>
      )}
      {hit.match === 'text' && (from === null || !langs.includes(from)) && (
        <span className="hit-match">
          {t('hit.matchedIn')}: <Snippet html={hit.snippet} lang={from ?? undefined} />
        </span>
      )}
    </span>
  );
}
