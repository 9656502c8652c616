import { type Initiative, initiativeWords } from '@kraftsamling/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/field';
import { useLanguage } from '../../../lib/i18n/use-language';
import { useMergeInitiatives } from '../api/merge-initiatives';
import { ChangeError } from './change-error';
import { PanelButtons } from './panel-buttons';

/** An initiative with or without its links (a list's summary is enough to merge). */
type InitiativeHead = Omit<Initiative, 'links'>;

type Props = {
  initiative: InitiativeHead;
  /** Initiatives it may be merged with: listed ones and other proposals of the same mobilisation. */
  candidates: readonly InitiativeHead[];
  onMerged: (merged: Initiative, other: InitiativeHead) => void;
  onCancel: () => void;
};

/** "Slå ihop med…": the chosen initiative is folded into this one, which keeps its title and status. */
export function MergePanel({ initiative, candidates, onMerged, onCancel }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const merge = useMergeInitiatives();
  const [otherId, setOtherId] = useState('');
  const [missing, setMissing] = useState(false);
  const others = candidates.filter((c) => c.id !== initiative.id && c.state !== 'merged');
  const listed = others.filter((c) => c.state === 'listed');
  const proposed = others.filter((c) => c.state === 'proposed');

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (merge.isPending) return;
    const other = others.find((c) => c.id === otherId);
    if (!other) {
      setMissing(true);
      document.getElementById(`${id}-other`)?.focus();
      return;
    }
    // The promise rather than mutate's callbacks, which are skipped if the refetched list unmounts this panel.
    merge
      .mutateAsync({
        id: initiative.id,
        body: { version: initiative.version, otherId: other.id, otherVersion: other.version },
      })
      .then(
        (merged) => onMerged(merged, other),
        () => undefined,
      );
  };

  const option = (c: InitiativeHead) => (
    <option key={c.id} value={c.id}>
      {initiativeWords(c, language).title} ({t(`initiatives.status.${c.status}`)})
    </option>
  );

  return (
    <section className="initiative-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="initiative-panel__title">
        {t('initiatives.mergeHeading', { title: initiativeWords(initiative, language).title })}
      </h3>
      <p className="field__hint">{t('initiatives.mergeHint')}</p>
      <form onSubmit={submit} noValidate>
        <Field
          id={`${id}-other`}
          label={t('initiatives.mergeWith')}
          errors={missing ? [t('initiatives.mergeChoose')] : []}
        >
          {(control) => (
            <select
              {...control}
              className="select"
              value={otherId}
              onChange={(event) => {
                setOtherId(event.target.value);
                setMissing(false);
              }}
            >
              <option value="">{t('initiatives.chooseInitiative')}</option>
              {listed.length > 0 ? (
                <optgroup label={t('initiatives.views.list')}>{listed.map(option)}</optgroup>
              ) : null}
              {proposed.length > 0 ? (
                <optgroup label={t('initiatives.views.proposals')}>{proposed.map(option)}</optgroup>
              ) : null}
            </select>
          )}
        </Field>
        <PanelButtons
          pending={merge.isPending}
          submitLabel={t('initiatives.mergeSubmit')}
          onCancel={onCancel}
        />
      </form>
      {merge.isError ? (
        <ChangeError
          error={merge.error}
          mobilisationId={initiative.mobilisationId}
          onReloaded={merge.reset}
        />
      ) : null}
    </section>
  );
}
