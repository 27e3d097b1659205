// F4: the instruments the question came from, with organization, year and URL (as text: the app
// opens no web page), the original wording and its word-level diff against the All of Us wording.
import { useTranslation } from 'react-i18next';
import type { ItemDetail } from '../../../../electron/contract/models';
import { CopyableCode } from '../../components/CopyButton';
import { WordDiff } from './WordDiff';

export function SourcesSection({ item }: { item: ItemDetail }) {
  const { t } = useTranslation('detail');
  if (item.sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-title" data-testid="sources">
      <h3 id="sources-title">{t('sources.title', { count: item.sources.length })}</h3>
      <ul className="source-list">
        {item.sources.map((s, i) => {
          // The All of Us wording is the question's own; an edition's printing (printedText) may differ from it.
          const aou = item.text.en ?? s.printedText;
          return (
            <li key={i} className="source-card" data-instrument={s.instrument ?? s.name ?? ''}>
              <h4>{s.name ?? t('sources.unnamed')}</h4>
              <dl className="facts">
                {s.organization && (
                  <>
                    <dt>{t('sources.organization')}</dt>
                    <dd>{s.organization}</dd>
                  </>
                )}
                {s.year && (
                  <>
                    <dt>{t('sources.year')}</dt>
                    <dd>{s.year}</dd>
                  </>
                )}
                {s.url && (
                  <>
                    <dt>{t('sources.url')}</dt>
                    <dd>
                      <CopyableCode value={s.url} what={t('sources.url')} />
                    </dd>
                  </>
                )}
                <dt>{t('sources.statedBy')}</dt>
                <dd>
                  <code>{s.source}</code>
                </dd>
              </dl>
              {s.description && <p className="muted description">{s.description}</p>}
              {s.originalText && (
                <div className="original">
                  <h5>{t('sources.original')}</h5>
                  <p className="wording">{s.originalText}</p>
                  {aou && (
                    <>
                      <h5>{t('sources.diff')}</h5>
                      <WordDiff original={s.originalText} allOfUs={aou} />
                    </>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
