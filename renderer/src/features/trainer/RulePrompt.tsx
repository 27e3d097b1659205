// A follow-up whose rule the walker cannot follow (prose only, or naming answers it cannot find):
// the rule is shown to the trainer, who says whether it applies. Default: the question is asked.
import { useTranslation } from 'react-i18next';
import type { Rule } from './walker';
import { plain } from './trainer-text';

interface Props {
  rule: Extract<Rule, { kind: 'trainer' }>;
  applies: boolean | undefined;
  onDecide(applies: boolean): void;
}

export function RulePrompt({ rule, applies, onDecide }: Props) {
  const { t } = useTranslation('trainer');
  const c = rule.condition;
  const lines = rule.prose.length
    ? rule.prose.map(plain)
    : c
      ? [
          t(c.when === 'shown' ? 'ruleAskedWhen' : 'ruleNotAskedWhen', {
            question: c.parentCode ?? '?',
            answers: c.answers.map((a) => plain(a.text.en) || a.code || '?').join(', '),
          }),
        ]
      : [];
  return (
    <aside className="trainer-rule" aria-label={t('ruleTitle')}>
      <p className="trainer-rule-title">{t('ruleTitle')}</p>
      {lines.map((l, k) => (
        <p key={k} className="trainer-rule-text">
          {l}
        </p>
      ))}
      <p>{t('ruleQuestion')}</p>
      <div className="trainer-rule-buttons">
        <button type="button" aria-pressed={applies !== false} onClick={() => onDecide(true)}>
          {t('ruleYes')} (Y)
        </button>
        <button type="button" aria-pressed={applies === false} onClick={() => onDecide(false)}>
          {t('ruleNo')} (N)
        </button>
      </div>
    </aside>
  );
}
