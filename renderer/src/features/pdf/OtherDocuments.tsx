// The other instrument PDFs of the same survey (English, Spanish, each edition), one link each.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PdfDocument, Survey } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';
import { useEffect, useState } from 'react';
import { useDataLabels } from '../../app/data-labels';

type Pdf = Survey['pdfs'][number];

/** "The Basics — Spanish — May 31, 2018" style label of a document. */
export function documentLabel(d: Pick<PdfDocument, 'language' | 'edition' | 'version' | 'file'> & { survey?: PdfDocument['survey'] }, t: TFunction<'pdf'>, date: (printed: string) => string = (s) => s): string {
  const parts = [d.survey?.name ?? d.file, t(`language.${d.language}`)];
  if (d.edition) parts.push(date(d.edition));
  if (d.version) parts.push(t('version', { version: date(d.version) }));
  return parts.join(' — ');
}

export function OtherDocuments({ current, link }: { current: PdfDocument; link(id: number): string }) {
  const { t } = useTranslation('pdf');
  const labels = useDataLabels();
  const [pdfs, setPdfs] = useState<Pdf[]>([]);
  useEffect(() => {
    let live = true;
    if (current.survey) {
      const slug = current.survey.slug;
      void unwrap(api.listSurveys()).then((list) => live && setPdfs(list.find((s) => s.slug === slug)?.pdfs ?? []), () => undefined);
    }
    return () => {
      live = false;
    };
  }, [current.survey]);
  if (pdfs.length < 2) return null;
  return (
    <nav className="pdf-others" aria-label={t('otherDocuments')}>
      <ul>
        {pdfs.map((p) => (
          <li key={p.id}>
            <a href={link(p.id)} aria-current={p.id === current.id ? 'page' : undefined}>
              {[t(`language.${p.language}`), p.edition && labels.printedDate(p.edition), p.version ? t('version', { version: labels.printedDate(p.version) }) : null, p.file].filter(Boolean).join(' · ')}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
