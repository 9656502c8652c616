import type { ItemStatus } from '@kraftsamling/shared';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../../components/ui/field';
import { Notice } from '../../../components/ui/notice';
import { WrittenText } from '../../../components/ui/written-text';
import { errorMessage } from '../../../lib/error-message';
import { shorten, useFormat } from '../../../lib/format';
import { useChangeItemState } from '../api/change-item-state';

type Kind = 'need' | 'offer';

/** "Met" reads "used" for an offer. */
const stateLabel = (status: ItemStatus['state'], kind: Kind) =>
  status === 'met' && kind === 'offer' ? 'used' : status;

/** A closed item's state, what met it and the note, as others see it. */
export function ItemStateLine({ status, kind }: { status: ItemStatus; kind: Kind }) {
  const { t } = useTranslation();
  const format = useFormat();
  const by = status.metBy;
  return (
    <div className="item-state">
      <p className="item-state__line">
        <span className={`badge badge--${status.state === 'met' ? 'submitted' : 'neutral'}`}>
          {t(`itemState.state.${stateLabel(status.state, kind)}`)}
        </span>{' '}
        {by?.organisation ? (
          <span>{t('itemState.metByOrganisation', { name: by.organisation.name })} </span>
        ) : null}
        {by?.initiative ? (
          <span>
            {t('itemState.throughInitiative')}{' '}
            <Link to={`/initiatives/${by.initiative.id}`}>{by.initiative.title}</Link>{' '}
          </span>
        ) : null}
        {status.changedAt ? (
          <span className="muted">{t('itemState.since', { date: format.date(status.changedAt) })}</span>
        ) : null}
      </p>
      {status.note ? <WrittenText as="p" className="item-state__note" text={status.note} /> : null}
    </div>
  );
}

type ControlProps = {
  profileId: string;
  itemId: string;
  kind: Kind;
  /** The item's text, to name it to screen readers beside the many like it. */
  text: string;
  status: ItemStatus | undefined;
  /** The item's proposed matches, one of which may be what met it. */
  candidates?: MetByCandidate[];
};

/** A proposed match's other side, as the "met by" choice names it. */
export type MetByCandidate = { itemId: string; organisationName: string; text: string };

/**
 * For the organisation's members and the coordinators: mark an open need met (an offer used), by one of its
 * proposed matches if it was, or withdraw it, with a note; open a closed one again. Nothing is submitted again.
 */
export function ItemStateControl({ profileId, itemId, kind, text, status, candidates = [] }: ControlProps) {
  const { t } = useTranslation();
  const id = useId();
  const change = useChangeItemState(profileId);
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<'met' | 'withdrawn'>('met');
  const [note, setNote] = useState('');
  const [metBy, setMetBy] = useState('');
  const [saved, setSaved] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const short = shorten(text);
  const closed = status !== undefined && status.state !== 'open';

  const submit = (body: Parameters<typeof change.mutate>[0]['change']) =>
    change.mutate(
      { itemId, change: body },
      {
        onSuccess: () => {
          setSaved(true);
          setOpen(false);
          setNote('');
          setMetBy('');
        },
      },
    );

  return (
    <div className="item-state-control">
      {saved && !change.isPending ? (
        <p className="muted" role="status">
          {t('itemState.saved')}
        </p>
      ) : null}
      {change.isError ? (
        <Notice tone="error" role="alert" title={t('itemState.failed')}>
          <p>{errorMessage(change.error, t)}</p>
        </Notice>
      ) : null}
      {closed ? (
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t('itemState.reopenFor', { text: short })}
          disabled={change.isPending}
          onClick={() => submit({ state: 'open' })}
        >
          {t('itemState.reopen')}
        </button>
      ) : (
        <>
          <button
            type="button"
            ref={toggle}
            className="button button--secondary button--small"
            aria-expanded={open}
            aria-label={t('itemState.changeFor', { text: short })}
            {...(open ? { 'aria-controls': `${id}-form` } : {})}
            onClick={() => {
              setOpen(!open);
              change.reset();
            }}
          >
            {t('itemState.change')}
          </button>
          {open ? (
            <form
              id={`${id}-form`}
              className="item-state-form"
              onSubmit={(event) => {
                event.preventDefault();
                submit(
                  state === 'met'
                    ? {
                        state,
                        note: note.trim(),
                        ...(metBy ? { metBy: { kind: 'match', itemId: metBy } } : {}),
                      }
                    : { state, note: note.trim() },
                );
              }}
            >
              <fieldset className="fieldset radio-list">
                <legend className="field__label">{t('itemState.legend')}</legend>
                <div className="checkbox">
                  <input
                    type="radio"
                    id={`${id}-met`}
                    name={`${id}-state`}
                    checked={state === 'met'}
                    onChange={() => setState('met')}
                  />
                  <label htmlFor={`${id}-met`}>
                    <span className="radio-list__label">
                      {kind === 'need' ? t('itemState.markMet') : t('itemState.markUsed')}
                    </span>
                  </label>
                </div>
                <div className="checkbox">
                  <input
                    type="radio"
                    id={`${id}-withdrawn`}
                    name={`${id}-state`}
                    checked={state === 'withdrawn'}
                    onChange={() => setState('withdrawn')}
                  />
                  <label htmlFor={`${id}-withdrawn`}>
                    <span className="radio-list__label">{t('itemState.markWithdrawn')}</span>
                  </label>
                </div>
              </fieldset>
              {state === 'met' && candidates.length > 0 ? (
                <Field
                  id={`${id}-by`}
                  label={kind === 'need' ? t('itemState.metByNeed') : t('itemState.metByOffer')}
                  hint={t('itemState.metByHint')}
                  optional
                >
                  {(control) => (
                    <select
                      {...control}
                      className="select"
                      value={metBy}
                      onChange={(event) => setMetBy(event.target.value)}
                    >
                      <option value="">{t('itemState.metByNone')}</option>
                      {candidates.map((c) => (
                        <option key={c.itemId} value={c.itemId}>
                          {`${c.organisationName}: ${shorten(c.text, 70)}`}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ) : null}
              <Field id={`${id}-note`} label={t('itemState.note')} hint={t('itemState.noteHint')} optional>
                {(control) => (
                  <textarea
                    {...control}
                    className="textarea"
                    rows={2}
                    maxLength={500}
                    value={note}
                    onChange={(event) => setNote(event.target.value)}
                  />
                )}
              </Field>
              <div className="button-row">
                <button type="submit" className="button" disabled={change.isPending}>
                  {t('itemState.save')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setOpen(false);
                    toggle.current?.focus();
                  }}
                >
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          ) : null}
        </>
      )}
    </div>
  );
}
