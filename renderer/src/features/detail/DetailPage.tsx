// F3/F4: a question, answer, topic or module (filled in next).
import { api, unwrap } from '../../api';
import { usePageData } from '../../app/usePageData';

export function DetailPage({ id }: { id: string }) {
  const data = usePageData(() => unwrap(api.showItem(id)), [id]);
  if (data.state !== 'ready') return null;
  return (
    <section>
      <h2 tabIndex={-1}>{data.data?.code ?? id}</h2>
    </section>
  );
}
