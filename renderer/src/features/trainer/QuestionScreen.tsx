// One screen: the section title, the question (or descriptive text) in the chosen languages,
// its help text, the answer options, and for the trainer a prose-only rule to decide on.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataLabels } from '../../app/data-labels';
import { AnswerList } from './AnswerList';
import { ShownTexts } from './ShownTexts';
import { RulePrompt } from './RulePrompt';
import { topicOf } from './walker-rules';
import { shown } from './trainer-text';
import { useTrainerStore } from './trainer-store';
import type { Walk, WalkState } from './walker';

export function QuestionScreen({ walk, s, row: i }: { walk: Walk; s: WalkState; row: number }) {
  const { t } = useTranslation('trainer');
  const { lang, codes, pick, decide } = useTrainerStore();
  const labels = useDataLabels();
  const row = walk.rows[i]!;
  const rule = walk.rules[i]!;
  const topic = topicOf(walk.rows, i);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new question: focus moves to it, so a screen reader reads it and arrows start from the top.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [i]);
  const texts = shown(row.text, lang);
  const help = shown(row.helpText, lang);
  return (
    <div className="trainer-screen" data-code={row.code ?? ''}>
      {topic && (
        <p className="trainer-topic">
          {shown(topic.text, lang === 'both' ? 'en' : lang)[0]?.text}
        </p>
      )}
      <h2 ref={heading} tabIndex={-1} className="trainer-question">
        <ShownTexts texts={texts} />
      </h2>
      {codes && (
        <p className="trainer-code">
          <code>{row.code ?? '—'}</code>
          {row.conceptId !== null && ` · ${t('conceptId')} ${row.conceptId}`}
          {row.fieldType && ` · ${labels.fieldType(row.fieldType)}`}
        </p>
      )}
      {help.map((x) => (
        <p key={x.lang} lang={x.lang} className="trainer-help-text">
          {x.text}
        </p>
      ))}
      <AnswerList row={row} chosen={s.chosen[i] ?? []} lang={lang} codes={codes} onPick={pick} />
      {rule.kind === 'trainer' && <RulePrompt rule={rule} applies={s.applies[i]} onDecide={decide} />}
    </div>
  );
}
