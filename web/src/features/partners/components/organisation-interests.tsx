import type { Interest, InterestAnswer } from '@kraftsamling/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/ui/notice';
import { QueryState } from '../../../components/ui/query-state';
import { WrittenText } from '../../../components/ui/written-text';
import { errorMessage } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useAnswerInterest } from '../api/answer-interest';
import { useOrganisationInterests } from '../api/get-organisation-interests';
import './partners.css';

type Props = { organisationId: string; organisationName: string; mobilisationId: string };

/** The answer to an interest, as both sides read it. */
function AnswerLine({ interest }: { interest: Interest }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!interest.answer) return null;
  return (
    <div className="interest-entry__answer">
      <p>
        <span className={`badge badge--${interest.answer.value === 'interested' ? 'submitted' : 'neutral'}`}>
          {t(`partners.interests.answer.${interest.answer.value}`)}
        </span>{' '}
        <span className="muted">
          {t('partners.interests.answeredAt', {
            name: interest.answer.answeredBy,
            date: format.date(interest.answer.answeredAt),
          })}
        </span>
      </p>
      {interest.answer.note ? <WrittenText as="p" className="prose" text={interest.answer.note} /> : null}
    </div>
  );
}

function AnswerForm({
  interest,
  organisationId,
  mobilisationId,
}: {
  interest: Interest;
  organisationId: string;
  mobilisationId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const answer = useAnswerInterest(organisationId, mobilisationId);
  const [value, setValue] = useState<InterestAnswer>('interested');
  const [note, setNote] = useState('');
  return (
    <form
      className="interest-entry__form"
      aria-labelledby={`${id}-legend`}
      onSubmit={(event) => {
        event.preventDefault();
        answer.mutate({ interestId: interest.id, answer: { answer: value, note: note.trim() } });
      }}
    >
      <fieldset className="fieldset radio-list">
        <legend id={`${id}-legend`} className="field__label">
          {t('partners.interests.answerLegend', { name: interest.from.name })}
        </legend>
        {(['interested', 'not_relevant'] as const).map((option) => (
          <div key={option} className="checkbox">
            <input
              type="radio"
              id={`${id}-${option}`}
              name={`${id}-answer`}
              checked={value === option}
              onChange={() => setValue(option)}
            />
            <label htmlFor={`${id}-${option}`}>
              <span className="radio-list__label">{t(`partners.interests.answer.${option}`)}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-note`}>
          {t('partners.interests.note')} <span className="field__optional">({t('common.optional')})</span>
        </label>
        <textarea
          id={`${id}-note`}
          className="textarea"
          rows={2}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {answer.isError ? (
        <Notice tone="error" role="alert" title={t('partners.interests.answerFailed')}>
          <p>{errorMessage(answer.error, t)}</p>
        </Notice>
      ) : null}
      <p className="button-row">
        <button type="submit" className="button" disabled={answer.isPending}>
          {t('partners.interests.sendAnswer')}
        </button>
      </p>
    </form>
  );
}

/**
 * What the organisation has sent (with where each stands: sent, read, answered) and received (with an answer
 * for each), for its own members and the coordinators.
 */
export function OrganisationInterests({ organisationId, organisationName, mobilisationId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const interests = useOrganisationInterests(organisationId, mobilisationId);
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{organisationName}</h2>
      <QueryState query={interests}>
        {(data) => (
          <div className="interest-columns">
            <section aria-labelledby={`${id}-received`}>
              <h3 id={`${id}-received`}>
                {t('partners.interests.received', { count: data.received.length })}
              </h3>
              {data.received.length === 0 ? (
                <p className="muted">{t('partners.interests.noneReceived')}</p>
              ) : (
                <ul className="interest-entries">
                  {data.received.map((interest) => (
                    <li key={interest.id} className="interest-entry">
                      <p className="interest-entry__who">
                        <strong>{interest.from.name}</strong>{' '}
                        <span className="muted">{format.date(interest.createdAt)}</span>
                      </p>
                      {interest.message ? (
                        <blockquote className="interest__quote">
                          <WrittenText as="p" text={interest.message} />
                        </blockquote>
                      ) : null}
                      {interest.answer ? (
                        <AnswerLine interest={interest} />
                      ) : (
                        <AnswerForm
                          interest={interest}
                          organisationId={organisationId}
                          mobilisationId={mobilisationId}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby={`${id}-sent`}>
              <h3 id={`${id}-sent`}>{t('partners.interests.sent', { count: data.sent.length })}</h3>
              {data.sent.length === 0 ? (
                <p className="muted">{t('partners.interests.noneSent')}</p>
              ) : (
                <ul className="interest-entries">
                  {data.sent.map((interest) => (
                    <li key={interest.id} className="interest-entry">
                      <p className="interest-entry__who">
                        <strong>{interest.to.name}</strong>{' '}
                        <span className="muted">{format.date(interest.createdAt)}</span>
                      </p>
                      <p>
                        <span className="badge badge--neutral">
                          {t(`partners.interests.status.${interest.status}`)}
                        </span>{' '}
                        <span className="muted">{t(`partners.interests.delivery.${interest.delivery}`)}</span>
                      </p>
                      {interest.message ? (
                        <blockquote className="interest__quote">
                          <WrittenText as="p" text={interest.message} />
                        </blockquote>
                      ) : null}
                      <AnswerLine interest={interest} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        )}
      </QueryState>
    </section>
  );
}
