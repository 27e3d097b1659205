// F2: a survey's outline (filled in next).
import { api, unwrap } from '../../api';
import { usePageData } from '../../app/usePageData';

export function OutlinePage({ slug }: { slug: string }) {
  const data = usePageData(() => unwrap(api.getOutline(slug)), [slug]);
  if (data.state !== 'ready') return null;
  return (
    <section>
      <h2 tabIndex={-1}>{data.data?.survey.name ?? slug}</h2>
    </section>
  );
}
