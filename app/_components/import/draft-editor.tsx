'use client';

import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { SCRIPT_LANG } from '@/lib/core/text';
import { BLOCKER_REASONS, publishBlockers, type Blocker } from '@/lib/drafts/publishable';
import type { DraftView } from '@/lib/server/imports/view';
import { useBlockerText } from './blocker-text';
import { DamageList } from './damage-list';
import { focusField } from './fields';
import { MetaFields } from './meta-fields';
import { PublishPanel } from './publish-panel';
import { SaveStatus } from './save-status';
import { SegmentList } from './segment-list';
import { useDraft } from './use-draft';
import styles from './import.module.css';

type Problem = { text: string; field: string | null };
const isBlockerReason = (reason: string | undefined): reason is Blocker['reason'] => (BLOCKER_REASONS as readonly string[]).includes(reason ?? '');

/**
 * The draft editor: the report (rendered on the server) and the damaged spots beside the release's
 * fields, its segments and publishing. What stops publishing is worked out here as the editor types
 * (the same rules the server applies); once publishing was tried, each field says what it lacks,
 * and a refusal takes the focus to its field, or to the message when it has none.
 */
export function DraftEditor({ initial, report }: { initial: DraftView; report: ReactNode }) {
  const draft = useDraft(initial);
  const { release, view } = draft;
  const lang = SCRIPT_LANG[release.sourceScript];
  const describe = useBlockerText();
  const blockers = useMemo(() => (view.publishedAs ? [] : publishBlockers(release, view.report)), [release, view.report, view.publishedAs]);
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focus, setFocus] = useState<{ field: string | null; n: number } | null>(null);

  useEffect(() => {
    if (!focus) return;
    if (focus.field === 'published') document.getElementById('publish-heading')?.focus();
    else if (focus.field) focusField(focus.field, release, document.getElementById('publish-problem'));
    else document.getElementById('publish-problem')?.focus();
    // Only a new request moves the focus, not the edits that follow it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);

  const errors: Record<string, string> = attempted ? Object.fromEntries(blockers.map((b) => [b.field, describe(b, release)])) : {};
  if (problem?.field && !errors[problem.field]) errors[problem.field] = problem.text;

  async function publish() {
    setAttempted(true);
    const refuse = (next: Problem) => {
      setProblem(next);
      setFocus((f) => ({ field: next.field, n: (f?.n ?? 0) + 1 }));
    };
    if (blockers.length) return refuse({ text: describe(blockers[0], release), field: blockers[0].field });
    const answer = await draft.publish();
    if (!answer) return;
    if (answer.ok) {
      setProblem(null);
      return setFocus((f) => ({ field: 'published', n: (f?.n ?? 0) + 1 }));
    }
    const { reason, message } = answer.refusal;
    const field = /^([\w.-]+): /.exec(message)?.[1] ?? null;
    const known = field && (reason === 'slug_taken' || isBlockerReason(reason)) ? describe({ field, reason: reason as Blocker['reason'] | 'slug_taken', message }, release) : null;
    refuse({ text: known ?? message, field });
  }

  return (
    <div className={styles.editor}>
      <SaveStatus state={draft.state} failure={draft.failure} published={view.publishedAs !== null} onRetry={() => void draft.flush()} />
      <div className={styles.columns}>
        <div className={styles.side}>
          {report}
          <DamageList damage={view.report.damage} lang={lang} readOnly={draft.readOnly || draft.busy} decide={draft.decide} />
        </div>
        <div className={styles.main} aria-busy={draft.busy}>
          <MetaFields release={release} lang={lang} readOnly={draft.readOnly || draft.busy} errors={errors} edit={draft.edit} />
          <SegmentList release={release} lang={lang} readOnly={draft.readOnly || draft.busy} errors={errors} edit={draft.edit} />
          <PublishPanel
            release={release}
            blockers={blockers}
            publishedAs={view.publishedAs}
            problem={problem?.text ?? null}
            busy={draft.busy}
            readOnly={draft.readOnly}
            text={(b) => describe(b, release)}
            onPublish={publish}
          />
        </div>
      </div>
    </div>
  );
}
