// "Show in PDF" for a question: one link per document where the build found it, opening the
// viewer at that page with the question's wording highlighted.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionPdfPages } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';
import { highlightFor, linkToPdf } from './links';
import { documentLabel } from './OtherDocuments';
import { useDataLabels } from '../../app/data-labels';
import { preopen, warmViewer } from './warm';
import { rememberDocuments } from './known-documents';
import './show-in-pdf.css';

export function ShowInPdf({ idOrCode }: { idOrCode: string }) {
  const { t } = useTranslation('pdf');
  const labels = useDataLabels();
  const [data, setData] = useState<QuestionPdfPages | null>(null);
  useEffect(() => {
    let live = true;
    unwrap(api.getQuestionPdfPages(idOrCode)).then((d) => live && setData(d), () => live && setData(null));
    return () => {
      live = false;
    };
  }, [idOrCode]);
  const stopWarming = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (!data?.pages.length) return;
    rememberDocuments(data.pages.map((p) => p.document));
    return (stopWarming.current = warmViewer(data.pages.map((p) => ({ url: p.document.url, page: p.page }))));
  }, [data]);
  // The reader has picked a link: no other document starts opening ahead of it in the worker.
  const prepare = (url: string, page: number) => (stopWarming.current(), preopen(url, page));
  if (!data || data.pages.length === 0) return null;
  return (
    <section className="show-in-pdf" aria-labelledby="show-in-pdf-title">
      <h3 id="show-in-pdf-title">{t('showInPdf')}</h3>
      <ul>
        {data.pages.map((p) => {
          const text = highlightFor(p.method, data.text[p.document.language], p.printed);
          return (
            <li key={p.document.id}>
              <a
                href={linkToPdf(p.document.id, { page: p.page, q: text, boxes: p.boxes })}
                data-method={p.method}
                onPointerEnter={() => prepare(p.document.url, p.page)}
                onFocus={() => prepare(p.document.url, p.page)}
              >
                {documentLabel(p.document, t, labels.printedDate)}, {t('pageN', { page: p.page })}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
