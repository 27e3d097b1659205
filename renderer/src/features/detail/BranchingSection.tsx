// "Asked when" (the rules that show or skip this question) and "leads to" (the follow-ups it
// opens), one line per rule with the sources that state it.
import { useTranslation } from 'react-i18next';
import type { BranchAnswer, ItemDetail } from '../../../../electron/contract/models';
import { linkToItem } from '../../app/router';
import { askedWhen, leadsTo, sourceRepo, type BranchRule } from './branching';

export function BranchingSection({ item }: { item: ItemDetail }) {
  const { t } = useTranslation('detail');
  const asked = askedWhen(item);
  const leads = leadsTo(item);
  if (asked.length === 0 && leads.length === 0) return null;
  return (
    <section aria-labelledby="branching-title" data-testid="branching">
      <h3 id="branching-title">{t('branching.title')}</h3>
      {asked.length > 0 && (
        <>
          <h4>{t('branching.askedWhen')}</h4>
          <ul className="rules">
            {asked.map((r, i) => (
              <Rule key={i} rule={r} self={item.code} />
            ))}
          </ul>
        </>
      )}
      {leads.length > 0 && (
        <>
          <h4>{t('branching.leadsTo')}</h4>
          <ul className="rules" data-testid="leads-to">
            {leads.map((r, i) => (
              <Rule key={i} rule={r} self={item.code} leads />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Rule({ rule, self, leads = false }: { rule: BranchRule; self: string | null; leads?: boolean }) {
  const { t } = useTranslation('detail');
  const key = rule.code ?? (rule.conceptId === null ? null : String(rule.conceptId));
  const other = key ? (
    <a href={linkToItem(key)}>
      <code>{rule.code ?? rule.conceptId}</code>
    </a>
  ) : (
    <span className="muted">?</span>
  );
  const answers = rule.answers.map((a, i) => (
    <span key={i}>
      {i > 0 && ', '}
      <RuleAnswer answer={a} />
    </span>
  ));
  const repos = [...new Set(rule.sources.map(sourceRepo))];
  if (!key && rule.answers.length === 0)
    return (
      <li>
        {t('branching.prose')}{' '}
        {rule.texts.map((text, i) => (
          <q key={i} className="prose-rule">
            {text}
          </q>
        ))}
        <span className="rule-sources muted"> · {t('branching.statedBy', { sources: rule.sources.join(', '), count: rule.sources.length })}</span>
      </li>
    );
  return (
    <li>
      {leads ? (
        <>
          {other} {t(rule.when === 'shown' ? 'branching.leadsShown' : 'branching.leadsHidden', { question: self ?? '' })} {answers}
        </>
      ) : (
        <>
          {t(rule.when === 'shown' ? 'branching.whenShown' : 'branching.whenHidden')} {other} {t('branching.is')} {answers}
        </>
      )}
      <span className="rule-sources muted" title={[...rule.sources, ...rule.texts].join('\n')}>
        {' '}
        · {t('branching.statedBy', { sources: repos.join(', '), count: rule.sources.length })}
      </span>
    </li>
  );
}

/** An answer by its code; one without a code by its label (or "label unknown") and its concept ID. */
function RuleAnswer({ answer: a }: { answer: BranchAnswer }) {
  const { t, i18n } = useTranslation('detail');
  if (a.code)
    return (
      <a href={linkToItem(a.code)}>
        <code>{a.code}</code>
      </a>
    );
  const id = a.conceptId ?? null;
  const lang = i18n.language.startsWith('es') ? 'es' : 'en';
  const label = a.text[lang] ?? a.text.en ?? a.text.es;
  const shown = label ? (
    <span data-testid="rule-answer-uncoded" lang={a.text[lang] ? lang : a.text.en ? 'en' : 'es'}>
      {label} {id !== null && <code className="muted">{id}</code>}
    </span>
  ) : (
    <span data-testid="rule-answer-uncoded" className="muted">
      {t('labelUnknown', { id: id ?? '?' })}
    </span>
  );
  return id !== null ? <a href={linkToItem(String(id))}>{shown}</a> : shown;
}
