// Trainer mode (F10): a module presented full screen as a participant sees it, one question at
// a time, following the branching as answers are picked. The place, language and codes live in
// the URL (#/present/<slug>?q=<code>&lang=&codes=), replaced in place so reloading keeps them.
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api';
import { linkToPresent, linkToSurvey, useRouteStore, type PresentParams } from '../../app/router';
import { useShellStore } from '../../app/shell-store';
import { usePageData } from '../../app/usePageData';
import { QuestionScreen } from './QuestionScreen';
import { HelpOverlay, IndexPanel } from './TrainerOverlays';
import { TrainerToolbar } from './TrainerToolbar';
import { ReleasePicker } from '../releases/ReleasePicker';
import { useTrainerStore } from './trainer-store';
import { useTrainerKeys } from './useTrainerKeys';
import { current, progress } from './walker';
import './trainer.css';

export function TrainerPage({ slug, params }: { slug: string; params: PresentParams }) {
  const { t } = useTranslation('trainer');
  const data = usePageData(() => unwrap(api.getPresentation(params.release ? { survey: slug, release: params.release } : slug)), [slug, params.release]);
  const st = useTrainerStore();
  const rows = data.state === 'ready' ? data.data?.rows : undefined;
  useEffect(() => {
    if (!rows) return;
    // Without a lang in the link, the app's content-language setting decides.
    st.set({ lang: params.lang ?? useShellStore.getState().contentLanguage, codes: params.codes ?? false });
    st.load(rows, params.q);
    // Loaded once per module; later moves write the URL themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows]);
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    useRouteStore.getState().navigate(linkToSurvey(slug, params.release));
  }, [slug, params.release]);
  useTrainerKeys(leave);
  const walk = st.walk && rows && st.walk.rows === rows ? st.walk : null;
  const here = walk ? current(st.s) : null;
  const code = here !== null && walk ? (walk.rows[here]!.code ?? undefined) : undefined;
  useEffect(() => {
    if (!walk) return;
    const hash = linkToPresent(slug, { release: params.release, q: code, lang: st.lang, codes: st.codes || undefined });
    // In place, without a route change: the page stays, focus stays where it is.
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  }, [walk, slug, code, st.lang, st.codes, params.release]);

  if (data.state !== 'ready') return null;
  const name = data.data?.survey.name ?? slug;
  const p = walk ? progress(walk, st.s) : { position: 0, total: 0 };
  // With no answer picked, going on is a skip: the trainer's control, never an answer option.
  const skipping = walk !== null && here !== null && !st.s.done && walk.rows[here]!.answers.length > 0 && !(st.s.chosen[here]?.length ?? 0);
  return (
    <section className="trainer" aria-label={t('region', { name })} data-lang={st.lang}>
      <TrainerToolbar name={name} position={p.position} total={p.total} onLeave={leave}>
        <ReleasePicker
          slug={slug}
          value={data.data?.release?.id ?? null}
          onChange={(id) => useRouteStore.getState().navigate(linkToPresent(slug, { release: id, lang: st.lang, codes: st.codes || undefined }))}
        />
      </TrainerToolbar>
      <div className="trainer-stage">
        {walk && here !== null && !st.s.done && <QuestionScreen walk={walk} s={st.s} row={here} />}
        {walk && (st.s.done || here === null) && (
          <div className="trainer-screen trainer-end">
            <h2 tabIndex={-1}>{here === null ? t('empty') : t('end')}</h2>
            {here !== null && <p>{t('endHint')}</p>}
          </div>
        )}
      </div>
      <div className="trainer-nav">
        <button type="button" onClick={st.back} disabled={!walk || (st.s.path.length <= 1 && !st.s.done)}>
          ← {t('back')}
        </button>
        <button type="button" className="primary" onClick={st.next} disabled={!walk || st.s.done} aria-label={skipping ? t('skipLabel') : undefined} data-testid="trainer-next">
          {skipping ? t('skip') : t('next')} →
        </button>
      </div>
      {walk && st.index && (
        <IndexPanel walk={walk} s={st.s} lang={st.lang} codes={st.codes} onJump={(i) => (st.jumpTo(i), st.set({ index: false }))} onClose={() => st.set({ index: false })} />
      )}
      {st.help && <HelpOverlay onClose={() => st.set({ help: false })} />}
    </section>
  );
}
