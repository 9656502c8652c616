import { type Initiative, initiativeWords } from '@kraftsamling/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../lib/i18n/use-language';
import { useInitiative } from '../api/get-initiative';
import { useUpdateInitiative } from '../api/update-initiative';
import { ChangeError } from './change-error';
import { MergePanel } from './merge-panel';
import { SplitPanel } from './split-panel';

export type ActionOutcome = { message: string; link?: { to: string; label: string } };

/** An initiative with or without its links: a list shows summaries, the initiative's page all of it. */
type InitiativeHead = Omit<Initiative, 'links'>;

type Props = {
  initiative: InitiativeHead | Initiative;
  candidates: readonly InitiativeHead[];
  /** Show "Redigera" (a link to the initiative's page with its form open). */
  editLink?: boolean;
  onDone: (outcome: ActionOutcome) => void;
};

/** The coordinators' choices on a proposal (and on a listed initiative): take in, edit, merge, split, discard. */
export function InitiativeActions({ initiative, candidates, editLink = true, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useUpdateInitiative();
  const [panel, setPanel] = useState<'merge' | 'split' | null>(null);
  const titleOf = (target: InitiativeHead) => initiativeWords(target, language).title;
  const context = <span className="visually-hidden">: {titleOf(initiative)}</span>;
  const link = (target: InitiativeHead) => ({ to: `/initiatives/${target.id}`, label: titleOf(target) });

  const setState = (state: 'listed' | 'discarded') => {
    if (update.isPending) return;
    // The promise, not mutate's callbacks: the refetched list no longer holds a proposal taken in or discarded,
    // so this component is gone before mutate's callbacks would run, and they would be skipped. A failure is
    // shown by <ChangeError> from the mutation's state.
    update.mutateAsync({ id: initiative.id, patch: { version: initiative.version, state } }).then(
      (changed) =>
        onDone({
          message: t(state === 'listed' ? 'initiatives.acceptedDone' : 'initiatives.discardedDone', {
            title: titleOf(changed),
          }),
          link: link(changed),
        }),
      () => undefined,
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
              message: t('initiatives.mergedDone', { other: titleOf(other), title: titleOf(merged) }),
              link: link(merged),
            });
          }}
        />
      ) : null}
      {panel === 'split' ? (
        <SplitLoader
          initiative={initiative}
          onCancel={() => setPanel(null)}
          onSplit={(created) => {
            setPanel(null);
            onDone({ message: t('initiatives.splitDone', { title: titleOf(created) }), link: link(created) });
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

/** Splitting chooses among the initiative's links, which a list's summary only counts: they are read first. */
function SplitLoader({
  initiative,
  onSplit,
  onCancel,
}: {
  initiative: InitiativeHead | Initiative;
  onSplit: (created: Initiative) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const full = useInitiative(initiative.id);
  const current = 'links' in initiative ? initiative : full.data;
  if (!current) {
    return full.isError ? (
      <ChangeError
        error={full.error}
        mobilisationId={initiative.mobilisationId}
        onReloaded={() => full.refetch()}
      />
    ) : (
      <p className="loading">{t('common.loading')}</p>
    );
  }
  return <SplitPanel initiative={current} onSplit={onSplit} onCancel={onCancel} />;
}
