import type { Initiative } from '@kraftsamling/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Field } from '../../../components/ui/field';
import { useSplitInitiative } from '../api/split-initiative';
import { ChangeError } from './change-error';
import { PanelButtons } from './panel-buttons';

type Props = {
  initiative: Initiative;
  onSplit: (created: Initiative) => void;
  onCancel: () => void;
};

const linkKinds = ['needs', 'offers', 'projects'] as const;

/** "Dela upp…": the chosen participants and links move to a new initiative; the rest stays here. */
export function SplitPanel({ initiative, onSplit, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const split = useSplitInitiative();
  const [title, setTitle] = useState('');
  const [participants, setParticipants] = useState<string[]>([]);
  const [links, setLinks] = useState<Record<(typeof linkKinds)[number], string[]>>({
    needs: [],
    offers: [],
    projects: [],
  });
  const [errors, setErrors] = useState<{ title?: string; parts?: string }>({});

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (split.isPending) return;
    const next: typeof errors = {};
    if (!title.trim()) next.title = t('validation.required');
    const chosen = participants.length + links.needs.length + links.offers.length + links.projects.length;
    if (chosen === 0) next.parts = t('initiatives.splitChoose');
    setErrors(next);
    if (next.title) return document.getElementById(`${id}-title`)?.focus();
    if (next.parts) return document.getElementById(`${id}-participants`)?.focus();
    // The promise rather than mutate's callbacks, which are skipped if the refetched list unmounts this panel.
    split
      .mutateAsync({
        id: initiative.id,
        body: { version: initiative.version, title: title.trim(), participants, links },
      })
      .then(onSplit, () => undefined);
  };

  const itemLabel = (item: { text: string; organisation: { name: string } }) =>
    `${item.text} (${item.organisation.name})`;

  return (
    <section className="initiative-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="initiative-panel__title">
        {t('initiatives.splitHeading', { title: initiative.title })}
      </h3>
      <p className="field__hint">{t('initiatives.splitHint')}</p>
      <form onSubmit={submit} noValidate>
        <Field
          id={`${id}-title`}
          label={t('initiatives.splitTitle')}
          errors={errors.title ? [errors.title] : []}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={title}
              maxLength={200}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <CheckboxGroup
          id={`${id}-participants`}
          legend={t('initiatives.splitParticipants')}
          errors={errors.parts ? [errors.parts] : []}
          options={initiative.participants.map((p) => ({
            value: p.organisation.id,
            label: p.organisation.name,
          }))}
          value={participants}
          onChange={setParticipants}
        />
        {linkKinds.map((kind) =>
          initiative.links[kind].length > 0 ? (
            <CheckboxGroup
              key={kind}
              id={`${id}-${kind}`}
              legend={t(`initiatives.splitLinks.${kind}`)}
              options={initiative.links[kind].map((item) => ({ value: item.id, label: itemLabel(item) }))}
              value={links[kind]}
              onChange={(value) => setLinks((current) => ({ ...current, [kind]: value }))}
            />
          ) : null,
        )}
        <PanelButtons
          pending={split.isPending}
          submitLabel={t('initiatives.splitSubmit')}
          onCancel={onCancel}
        />
      </form>
      {split.isError ? (
        <ChangeError
          error={split.error}
          mobilisationId={initiative.mobilisationId}
          onReloaded={split.reset}
        />
      ) : null}
    </section>
  );
}
