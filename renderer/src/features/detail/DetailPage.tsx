// F3/F4: the detail of a question, answer, topic or module: the concept card that every link and
// the concept lookup lead to (#/item/<code or concept ID>).
import { useTranslation } from 'react-i18next';
import type { ItemWithImports } from '../../../../electron/contract/imports';
import { AthenaSection } from '../imports/AthenaFacts';
import { api, unwrap } from '../../api';
import { linkToSearch } from '../../app/router';
import { usePageData } from '../../app/usePageData';
import { AnswersTable } from './AnswersTable';
import { Candidates } from './Candidates';
import { BranchingSection } from './BranchingSection';
import { ItemHeader } from './ItemHeader';
import { ItemTexts } from './ItemTexts';
import { ProvenanceSection } from './Provenance';
import { RelatedSection } from './RelatedSection';
import { SourcesSection } from './SourcesSection';
import { ReleasesSection } from '../releases/ReleasesSection';
import { ShowInPdf } from '../pdf/ShowInPdf';
import { AddToListButton } from '../lists/AddToListButton';
import './detail.css';

export function DetailPage({ id }: { id: string }) {
  const { t } = useTranslation('detail');
  const data = usePageData(() => unwrap(api.showItem(id)), [id]);
  if (data.state !== 'ready') return null;
  if (!data.data)
    return (
      <section>
        <h2 tabIndex={-1}>{t('notFound', { id })}</h2>
        <p>
          <a href={linkToSearch(id)}>{t('searchFor', { id })}</a>
        </p>
      </section>
    );
  if (data.data.candidates && data.data.candidates.length > 1) return <Candidates id={id} candidates={data.data.candidates} />;
  return <Detail item={data.data} />;
}

function Detail({ item }: { item: ItemWithImports }) {
  return (
    <article className="detail" data-kind={item.kind} data-testid="detail">
      <ItemHeader item={item} />
      {item.kind === 'question' && (item.conceptId ?? item.code) != null && (
        <AddToListButton item={String(item.conceptId ?? item.code)} code={item.code} answers={item.answers} />
      )}
      {/* Near the top: on a long page (many answers, sources) it would be out of sight. */}
      {item.kind === 'question' && (item.code ?? item.conceptId) != null && <ShowInPdf idOrCode={String(item.code ?? item.conceptId)} />}
      <ItemTexts item={item} />
      {item.answers.length > 0 && <AnswersTable answers={item.answers} imported={item.imported} releases={item.releases} />}
      {item.imported && <AthenaSection facts={item.imported} />}
      <BranchingSection item={item} />
      <SourcesSection item={item} />
      <ReleasesSection item={item} />
      <RelatedSection item={item} />
      <ProvenanceSection provenance={item.provenance} />
    </article>
  );
}
