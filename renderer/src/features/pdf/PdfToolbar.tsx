// The viewer's toolbar: previous/next page, go to page, zoom, find, thumbnails.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepZoom, ZOOM_STEPS, zoomFromString, zoomToString, type Zoom } from './zoom';

interface Props {
  page: number;
  pages: number;
  onPage(page: number): void;
  zoom: Zoom;
  scale: number;
  onZoom(z: Zoom): void;
  thumbs: boolean;
  onThumbs(): void;
  onFind(): void;
}

export function PdfToolbar({ page, pages, onPage, zoom, scale, onZoom, thumbs, onThumbs, onFind }: Props) {
  const { t } = useTranslation('pdf');
  const [typed, setTyped] = useState(String(page));
  useEffect(() => setTyped(String(page)), [page]);
  return (
    <div className="pdf-toolbar" role="toolbar" aria-label={t('toolbar')}>
      <button type="button" onClick={onThumbs} aria-pressed={thumbs}>
        {t('thumbnails')}
      </button>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1} aria-label={t('previousPage')}>
        ←
      </button>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(typed);
          if (Number.isInteger(n)) onPage(n);
        }}
      >
        <label>
          {t('page')}{' '}
          <input className="pdf-page-input" inputMode="numeric" value={typed} onChange={(e) => setTyped(e.target.value)} size={3} />
        </label>{' '}
        <span>{t('ofPages', { pages })}</span>
      </form>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages} aria-label={t('nextPage')}>
        →
      </button>
      <button type="button" onClick={() => onZoom(stepZoom(scale, -1))} aria-label={t('zoomOut')}>
        −
      </button>
      <label>
        <span className="visually-hidden">{t('zoom')}</span>
        <select value={zoomToString(zoom)} onChange={(e) => onZoom(zoomFromString(e.target.value))}>
          <option value="fit-width">{t('fitWidth')}</option>
          <option value="fit-page">{t('fitPage')}</option>
          {ZOOM_STEPS.map((s) => (
            <option key={s} value={String(s)}>
              {s}%
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onZoom(stepZoom(scale, 1))} aria-label={t('zoomIn')}>
        +
      </button>
      <button type="button" onClick={onFind}>
        {t('find.open')}
      </button>
    </div>
  );
}
