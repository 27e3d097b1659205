// One search hit: kind, code, concept ID and survey on one line, then its wording in the content
// language(s), with the matched words highlighted where the snippet was cut from that language.
// No hooks: the words around the data come in `labels` (hit-labels.ts), so a row costs its data.
import type { SearchHit } from '../../../../electron/contract/models';
import type { HitLabels } from './hit-labels';
import { isExactHit } from './palette-options';
import { Worded } from '../../components/Worded';
import { Snippet } from './Snippet';
import { snippetLanguage } from './snippet';

export function HitMeta({ hit, labels }: { hit: SearchHit; labels: HitLabels }) {
  return (
    <span className="hit-meta">
      <span className={`kind kind-${hit.kind}`}>{labels.kind[hit.kind]}</span>
      {hit.code && <code className="hit-code">{hit.code}</code>}
      {hit.conceptId !== null && (
        <span className="hit-id">
          <span className="visually-hidden">{labels.conceptId} </span>
          {hit.conceptId}
        </span>
      )}
      {hit.survey && <span className="hit-survey">{hit.survey.name ?? hit.survey.slug}</span>}
      {isExactHit(hit) && <span className="exact">{labels.exact[hit.match as 'concept-id' | 'code']}</span>}
    </span>
  );
}

export function HitTexts({ hit, labels }: { hit: SearchHit; labels: HitLabels }) {
  const langs = labels.langs;
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
            {labels.noText}
          </span>
        );
      })}
      {hit.question && <AnswerOf question={hit.question} labels={labels} />}
      {hit.match === 'text' && (from === null || !langs.includes(from)) && (
        <span className="hit-match">
          {labels.matchedIn}: <Snippet html={hit.snippet} lang={from ?? undefined} />
        </span>
      )}
    </span>
  );
}

/** "Answer to" its question: the code, and the wording as references give it (Worded). */
function AnswerOf({ question, labels }: { question: NonNullable<SearchHit['question']>; labels: HitLabels }) {
  return (
    <span className="hit-question">
      {labels.answerOf} {question.code && <code>{question.code}</code>} <Worded text={question.text} lang={labels.langs[0]!} fallback={null} />
    </span>
  );
}
