// A key several items share (a standard value concept that is the "Every day" of five questions):
// the user chooses, seeing each item with its question and survey, instead of one being opened.
import { useTranslation } from 'react-i18next';
import type { ItemCandidate } from '../../../../electron/contract/models';
import { linkToItem } from '../../app/router';
import { shownLanguages, useShellStore } from '../../app/shell-store';
import { Worded } from '../../components/Worded';

export function Candidates({ id, candidates }: { id: string; candidates: ItemCandidate[] }) {
  const { t } = useTranslation('detail');
  const lang = shownLanguages(useShellStore((s) => s.contentLanguage))[0]!;
  return (
    <section className="detail candidates" data-testid="candidates">
      <h2 tabIndex={-1}>{t('candidates.title', { id, count: candidates.length })}</h2>
      <p>{t('candidates.intro')}</p>
      <ul className="candidate-list">
        {candidates.map((c) => (
          <li key={c.key}>
            <a href={linkToItem(c.key)}>
              <span className="tag">{t(`kind.${c.kind}`)}</span> <Worded text={c.text} lang={lang} fallback={t('labelUnknown', { id: c.conceptId ?? c.code })} />
            </a>
            <dl className="candidate-facts">
              {c.question && (
                <div>
                  <dt>{t('candidates.question')}</dt>
                  <dd>
                    <Worded text={c.question.text} lang={lang} fallback={c.question.code ?? c.question.conceptId} />
                  </dd>
                </div>
              )}
              {c.survey && (
                <div>
                  <dt>{t('candidates.survey')}</dt>
                  <dd>{c.survey.name ?? c.survey.slug}</dd>
                </div>
              )}
              <div>
                <dt>{t('ids.code')}</dt>
                <dd><code>{c.code ?? '—'}</code></dd>
              </div>
              <div>
                <dt>{t('ids.conceptId')}</dt>
                <dd><code>{c.conceptId ?? '—'}</code></dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
