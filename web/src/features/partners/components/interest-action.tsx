import type { InterestDelivery } from '@kraftsamling/shared';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Notice } from '../../../components/ui/notice';
import { membershipsIn, signInPath } from '../../../lib/access';
import { isForbidden } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { useSession } from '../../../lib/session';
import { useCreateInterest } from '../api/create-interest';
import { useInterestReach } from '../api/get-interest-reach';
import { useOrganisationInterests } from '../api/get-organisation-interests';
import './partners.css';

type Props = {
  mobilisationId: string;
  /** The organisation the interest is for. */
  to: { id: string; name: string };
  /** The other organisation's need or offer the interest is about (a search hit), if any. */
  counterpartItemId?: string | null;
  /**
   * Send on behalf of this organisation only (a proposed match: the page's organisation, whose need or offer
   * `itemId` is). Without it, any organisation the person is a member of may send.
   */
  onBehalfOf?: string;
  /** The sender's own need or offer the interest is about, if any; it must belong to `onBehalfOf`. */
  itemId?: string | null;
  /** The level of the form's heading, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Visitors see a sign-in link here; lists of many hits show it once instead. */
  showSignIn?: boolean;
  /** Told after the server has accepted the interest, e.g. to refresh the map. */
  onSent?: (result: { mutual: boolean }) => void;
};

/**
 * "Vi är intresserade" for a signed-in member of another organisation: a short message, sent on behalf of the
 * member's own organisation (the server refuses anything else with 403). Says when the interest is mutual,
 * and shows interest already shown in either direction instead of offering to send it twice.
 */
export function InterestAction({
  mobilisationId,
  to,
  counterpartItemId = null,
  onBehalfOf,
  itemId = null,
  headingLevel = 3,
  showSignIn = true,
  onSent,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const location = useLocation();
  const session = useSession();
  const user = session.data?.user;
  const own = membershipsIn(user, mobilisationId).filter(
    (m): m is typeof m & { organisationId: string } =>
      m.role === 'member' &&
      m.organisationId !== null &&
      (onBehalfOf === undefined || m.organisationId === onBehalfOf),
  );
  const senders = own.filter((m) => m.organisationId !== to.id);
  const [fromId, setFromId] = useState<string | null>(null);
  const from = senders.find((m) => m.organisationId === fromId) ?? senders[0];
  const interests = useOrganisationInterests(from?.organisationId, mobilisationId);
  const create = useCreateInterest(mobilisationId);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<{ mutual: boolean; delivery: InterestDelivery } | null>(null);
  const reach = useInterestReach(mobilisationId, to.id, open);
  const toggle = useRef<HTMLButtonElement>(null);
  const Heading = `h${headingLevel}` as const;
  const confirmation = useRef<HTMLDivElement>(null);

  if (session.isPending) return null;
  if (!user) {
    if (!showSignIn) return null;
    return (
      <p className="interest">
        <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('partners.interest.signIn')}</Link>
      </p>
    );
  }
  if (!from) {
    return own.length > 0 ? <p className="interest muted">{t('partners.interest.own')}</p> : null;
  }

  const name = to.name;
  if (result) {
    return (
      <div className="interest" ref={confirmation} tabIndex={-1}>
        <Notice tone="success" role="status">
          <p>
            {result.mutual
              ? t('partners.interest.mutual', { name })
              : t(`partners.interest.sentTo.${result.delivery}`, { name })}
          </p>
        </Notice>
      </div>
    );
  }

  const sent = interests.data?.sent.find((i) => i.to.id === to.id);
  const received = interests.data?.received.find((i) => i.from.id === to.id);
  if (sent) {
    return (
      <p className="interest interest--state">
        {sent.mutual || received
          ? t('partners.interest.alreadyMutual', { name })
          : t('partners.interest.alreadySent', { name })}{' '}
        {sent.answer
          ? t(`partners.interest.answered.${sent.answer.value}`, { name })
          : t(`partners.interest.status.${sent.status}`)}
      </p>
    );
  }

  const close = () => {
    setOpen(false);
    create.reset();
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Esc closes this form only, not the panel around it.
    event.preventDefault();
    event.nativeEvent.preventDefault();
    close();
  };
  const send = () => {
    create.mutate(
      {
        fromOrganisationId: from.organisationId,
        toOrganisationId: to.id,
        ...(itemId ? { itemId } : {}),
        counterpartItemId,
        message: message.trim(),
      },
      {
        onSuccess: (created) => {
          setResult({ mutual: created.mutual, delivery: created.delivery });
          setOpen(false);
          onSent?.({ mutual: created.mutual });
          // The button is gone; the confirmation is where the person continues.
          requestAnimationFrame(() => confirmation.current?.focus());
        },
      },
    );
  };

  return (
    <div className="interest">
      {received ? (
        <div className="interest__received">
          <p>{t('partners.interest.received', { name })}</p>
          {received.message ? <blockquote className="interest__quote">{received.message}</blockquote> : null}
        </div>
      ) : null}
      <button
        type="button"
        ref={toggle}
        className="button"
        aria-expanded={open}
        {...(open ? { 'aria-controls': `${id}-form` } : {})}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {received ? t('partners.interest.buttonBack') : t('partners.interest.button')}
      </button>
      {open ? (
        <form
          id={`${id}-form`}
          className="interest__form"
          aria-labelledby={`${id}-heading`}
          onKeyDown={onKeyDown}
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <Heading id={`${id}-heading`} className="interest__heading">
            {t('partners.interest.heading', { name })}
          </Heading>
          {senders.length > 1 ? (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-from`}>
                {t('partners.interest.from')}
              </label>
              <select
                id={`${id}-from`}
                className="select"
                value={from.organisationId}
                onChange={(event) => setFromId(event.target.value)}
              >
                {senders.map((m) => (
                  <option key={m.organisationId} value={m.organisationId}>
                    {m.organisationName ?? m.organisationId}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <p className="interest__from">
              {t('partners.interest.from')}: <strong>{from.organisationName}</strong>
            </p>
          )}
          <div className="field">
            <label className="field__label" htmlFor={`${id}-message`}>
              {t('partners.interest.message')}{' '}
              <span className="field__optional">({t('common.optional')})</span>
            </label>
            <p className="field__hint" id={`${id}-message-hint`}>
              {t('partners.interest.messageHint')}
            </p>
            <textarea
              id={`${id}-message`}
              className="textarea"
              rows={4}
              maxLength={1000}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              aria-describedby={`${id}-message-hint`}
              // biome-ignore lint/a11y/noAutofocus: the form opens on request; its one field is where typing starts
              autoFocus
            />
          </div>
          {reach.data ? (
            // Before the click: whom this will reach, said plainly (nobody but the coordinators, perhaps).
            <Notice
              tone={reach.data.delivery === 'coordinators' ? 'warning' : 'info'}
              title={t(`partners.interest.reachTitle.${reach.data.delivery}`, { name })}
            >
              <p>{t(`partners.interest.reach.${reach.data.delivery}`, { name })}</p>
            </Notice>
          ) : null}
          {create.isError ? (
            <Notice tone="error" role="alert" title={t('partners.interest.failed')}>
              <p>
                {isForbidden(create.error) ? t('partners.interest.forbidden') : errorMessage(create.error, t)}
              </p>
            </Notice>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button" disabled={create.isPending}>
              {t('partners.interest.send')}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
