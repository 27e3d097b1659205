// The release shown (outline, trainer, alignment): a select of the module's releases with their
// dates; the choice goes into the URL, so a link opens the same release.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Release } from '../../../../electron/contract/releases';
import { api, unwrap } from '../../api';
import { releaseName } from './release-name';

export function useReleases(slug: string): Release[] | null {
  const [list, setList] = useState<Release[] | null>(null);
  useEffect(() => {
    let live = true;
    unwrap(api.listReleases(slug)).then(
      (l) => live && setList(l ?? []),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [slug]);
  return list;
}

interface Props {
  slug: string;
  value: string | null;
  onChange(id: string): void;
  label?: string;
  testId?: string;
}

export function ReleasePicker({ slug, value, onChange, label, testId = 'release-picker' }: Props) {
  const { t, i18n } = useTranslation('releases');
  const list = useReleases(slug);
  if (!list || list.length === 0) return null;
  return (
    <label className="release-picker">
      {label ?? t('release')}{' '}
      <select value={value ?? list.find((r) => r.current)?.id ?? ''} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {list.map((r) => (
          <option key={r.id} value={r.id}>
            {releaseName(r, t, i18n.language)}
          </option>
        ))}
      </select>
    </label>
  );
}
