// An answer added to a list goes in as its question with only that answer chosen. Which question:
// said before adding; an answer shared by many questions (PMI_DontKnow) is added from one of them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api';

export interface AnswerTarget {
  /** The question's code (else concept ID), or null when the answer belongs to several. */
  question: string | null;
  questions: number;
}

export function useAnswerTarget(answer: string, enabled: boolean): AnswerTarget | null {
  const [target, setTarget] = useState<AnswerTarget | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    unwrap(api.showItem(answer)).then(
      (d) => {
        if (!live || !d) return;
        const q = [...d.ancestry].reverse().find((a) => a.kind === 'question');
        const questions = Math.max(d.usedBy.length, q ? 1 : 0);
        setTarget({ question: questions === 1 && q ? (q.code ?? String(q.conceptId)) : null, questions });
      },
      () => live && setTarget({ question: null, questions: 0 }),
    );
    return () => void (live = false);
  }, [answer, enabled]);
  return target;
}

export function AnswerTargetLine({ target }: { target: AnswerTarget | null }) {
  const { t } = useTranslation('lists');
  if (!target) return <p role="status">{t('loading')}</p>;
  return <p className="small">{target.question ? t('add.answerTarget', { question: target.question }) : t('add.sharedAnswer', { count: target.questions })}</p>;
}
