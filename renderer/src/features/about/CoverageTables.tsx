// The build's coverage figures: questions with Spanish, a source instrument, a concept ID,
// answers, branching; answer options with IDs, Spanish and codes; then the plain counts.
import { useTranslation } from 'react-i18next';
import type { AboutData } from '../../../../electron/contract/models';
import { shares, type Share } from './about-model';
import { formatNumber, formatPercent } from './format';

function ShareTable({ caption, rows, group }: { caption: string; rows: Share[]; group: 'q' | 'a' }) {
  const { t, i18n } = useTranslation('about');
  const lng = i18n.resolvedLanguage;
  const label = (k: string) => (i18n.exists(`about:coverage.${group}.${k}`) ? t(`coverage.${group}.${k}` as never) : k);
  return (
    <table className="coverage" data-testid={`coverage-${group}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('coverage.figure')}</th>
          <th scope="col" className="number">{t('coverage.count')}</th>
          <th scope="col" className="number">{t('coverage.of')}</th>
          <th scope="col" className="number">{t('coverage.share')}</th>
          <th scope="col"><span className="visually-hidden">{t('coverage.share')}</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{label(r.key)}</th>
            <td className="number">{formatNumber(r.count, lng)}</td>
            <td className="number">{formatNumber(r.of, lng)}</td>
            <td className="number">{formatPercent(r.share, lng)}</td>
            <td className="bar-cell" aria-hidden="true">
              <span className="bar" style={{ width: `${Math.round(r.share * 100)}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CoverageTables({ about }: { about: AboutData }) {
  const { t, i18n } = useTranslation('about');
  const lng = i18n.resolvedLanguage;
  const q = shares(about.coverage);
  const a = shares(about.answerCoverage);
  const nQ = typeof about.coverage?.questions === 'number' ? about.coverage.questions : q[0]?.of ?? 0;
  const nA = typeof about.answerCoverage?.options === 'number' ? about.answerCoverage.options : a[0]?.of ?? 0;
  const counts = Object.entries(about.counts ?? {});
  const label = (k: string) => (i18n.exists(`about:counts.${k}`) ? t(`counts.${k}` as never) : k);
  return (
    <section aria-labelledby="coverage-title">
      <h3 id="coverage-title">{t('coverage.title')}</h3>
      <div className="coverage-grid">
        {q.length > 0 && <ShareTable group="q" rows={q} caption={t('coverage.questionsTitle', { n: formatNumber(nQ, lng) })} />}
        {a.length > 0 && <ShareTable group="a" rows={a} caption={t('coverage.answersTitle', { n: formatNumber(nA, lng) })} />}
      </div>
      {counts.length > 0 && (
        <>
          <h3>{t('counts.title')}</h3>
          <dl className="counts" data-testid="about-counts">
            {counts.map(([k, v]) => (
              <div key={k} className="count">
                <dt>{label(k)}</dt>
                <dd>{formatNumber(v, lng)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
