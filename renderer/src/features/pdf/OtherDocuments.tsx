// The other instrument PDFs of the same survey (English, Spanish, each edition), one link each.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PdfDocument, Survey } from '../../../../electron/contract/models';
import { api, unwrap } from '../../api';
import { useEffect, useState } from 'react';
import { useDataLabels } from '../../app/data-labels';
import { catalogSurveyPdfs } from './known-documents';

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
  // From the catalog's answer when the app has it: asking the service again (a 50 kB answer) came
  // while the first PDF was opening, on the same service as pdf.js's worker script and the file.
  const had = current.survey ? catalogSurveyPdfs(current.survey.slug) : undefined;
  const [pdfs, setPdfs] = useState<Pdf[]>(had ?? []);
  useEffect(() => {
    let live = true;
    if (had) setPdfs(had);
    else if (current.survey) {
      const slug = current.survey.slug;
      void unwrap(api.listSurveys()).then((list) => live && setPdfs(list.find((s) => s.slug === slug)?.pdfs ?? []), () => undefined);
    }
    return () => {
      live = false;
    };
  }, [current.survey, had]);
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
