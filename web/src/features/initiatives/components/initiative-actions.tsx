import type { Initiative } from '@kraftsamling/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUpdateInitiative } from '../api/update-initiative';
import { ChangeError } from './change-error';
import { MergePanel } from './merge-panel';
import { SplitPanel } from './split-panel';

export type ActionOutcome = { message: string; link?: { to: string; label: string } };

type Props = {
  initiative: Initiative;
  candidates: readonly Initiative[];
  /** Show "Redigera" (a link to the initiative's page with its form open). */
  editLink?: boolean;
  onDone: (outcome: ActionOutcome) => void;
};

/** The coordinators' choices on a proposal (and on a listed initiative): take in, edit, merge, split, discard. */
export function InitiativeActions({ initiative, candidates, editLink = true, onDone }: Props) {
  const { t } = useTranslation();
  const update = useUpdateInitiative();
  const [panel, setPanel] = useState<'merge' | 'split' | null>(null);
  const context = <span className="visually-hidden">: {initiative.title}</span>;
  const link = (target: Initiative) => ({ to: `/initiatives/${target.id}`, label: target.title });

  const setState = (state: 'listed' | 'discarded') => {
    if (update.isPending) return;
    update.mutate(
      { id: initiative.id, patch: { version: initiative.version, state } },
      {
        onSuccess: (changed) =>
          onDone({
            message: t(state === 'listed' ? 'initiatives.acceptedDone' : 'initiatives.discardedDone', {
              title: changed.title,
            }),
            link: link(changed),
          }),
      },
    );
  };

  return (
    <div className="initiative-actions">
      <div className="button-row">
        {initiative.state !== 'listed' ? (
          <button
            type="button"
            className="button button--small"
            aria-disabled={update.isPending || undefined}
            onClick={() => setState('listed')}
          >
            {t('initiatives.accept')}
            {context}
          </button>
        ) : null}
        {editLink ? (
          <Link
            className="button button--secondary button--small"
            to={`/initiatives/${initiative.id}?edit=1`}
          >
            {t('initiatives.edit')}
            {context}
          </Link>
        ) : null}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={panel === 'merge'}
          onClick={() => setPanel(panel === 'merge' ? null : 'merge')}
        >
          {t('initiatives.merge')}
          {context}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={panel === 'split'}
          onClick={() => setPanel(panel === 'split' ? null : 'split')}
        >
          {t('initiatives.split')}
          {context}
        </button>
        {initiative.state !== 'discarded' ? (
          <button
            type="button"
            className="button button--quiet button--remove button--small"
            aria-disabled={update.isPending || undefined}
            onClick={() => setState('discarded')}
          >
            {t('initiatives.discard')}
            {context}
          </button>
        ) : null}
      </div>
      {panel === 'merge' ? (
        <MergePanel
          initiative={initiative}
          candidates={candidates}
          onCancel={() => setPanel(null)}
          onMerged={(merged, other) => {
            setPanel(null);
            onDone({
              message: t('initiatives.mergedDone', { other: other.title, title: merged.title }),
              link: link(merged),
            });
          }}
        />
      ) : null}
      {panel === 'split' ? (
        <SplitPanel
          initiative={initiative}
          onCancel={() => setPanel(null)}
          onSplit={(created) => {
            setPanel(null);
            onDone({ message: t('initiatives.splitDone', { title: created.title }), link: link(created) });
          }}
        />
      ) : null}
      {update.isError ? (
        <ChangeError
          error={update.error}
          mobilisationId={initiative.mobilisationId}
          onReloaded={update.reset}
        />
      ) : null}
    </div>
  );
}
