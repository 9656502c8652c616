import type { DecisionValue, Mobilisation, ReviewItem } from '@kraftsamling/shared';
import { type FormEvent, type Ref, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FieldErrorText } from '../../../components/ui/field';
import { WrittenText } from '../../../components/ui/written-text';
import { errorMessage } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { goalText, sectorLabel } from '../../../lib/reference';
import { useDecideMatch } from '../api/decide-match';
import { strengthOf } from '../lib/score-words';

// Shape and word carry the decision, never colour alone.
const decisionIcon: Record<DecisionValue, string> = { accepted: '✓', rejected: '✕', later: '◷' };

type Side = ReviewItem['need'];

function PairSide({ side, kind }: { side: Side; kind: 'need' | 'offer' }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className={`review-side review-side--${kind}`}>
      <p className="review-side__label">{t(kind === 'need' ? 'review.need' : 'review.offer')}</p>
      <WrittenText as="p" className="review-side__text" text={side.text} />
      <p className="review-side__organisation">
        <Link to={`/profiles/${side.profileId}`}>{side.organisation.name}</Link>
        <span className="review-side__where">
          {sectorLabel(side.organisation.sector, format.language)}, {side.organisation.county}
        </span>
      </p>
    </div>
  );
}

type Props = {
  item: ReviewItem;
  number: number;
  mobilisationId: string;
  goals: Mobilisation['goals'];
  ref?: Ref<HTMLElement>;
  /** Called as soon as a decision is sent, so the queue can move on to the next pair. */
  onDecided: (decision: DecisionValue) => void;
};

/** One proposed pair, need beside offer, with everything a coordinator needs to decide and the three choices. */
export function ReviewPair({ item, number, mobilisationId, goals, ref, onDecided }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const decide = useDecideMatch(mobilisationId);
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const titleId = `${id}-title`;
  const goal = item.goal ? goals.find((g) => g.code === item.goal) : undefined;
  const strength = strengthOf(item.score);

  const send = (decision: DecisionValue, text = '') => {
    if (decide.isPending) return;
    decide.mutate({ needId: item.need.id, offerId: item.offer.id, decision, note: text });
    onDecided(decision);
  };

  const submitRejection = (event: FormEvent) => {
    event.preventDefault();
    const text = note.trim();
    if (!text) {
      setNoteError(true);
      noteRef.current?.focus();
      return;
    }
    setRejecting(false);
    setNote('');
    setNoteError(false);
    send('rejected', text);
  };

  return (
    <article ref={ref} className="review-pair" tabIndex={-1} aria-labelledby={titleId}>
      <h3 id={titleId} className="review-pair__title">
        {t('review.pairTitle', {
          number,
          need: item.need.organisation.name,
          offer: item.offer.organisation.name,
        })}
      </h3>
      <ul className="review-pair__meta">
        <li>
          <span className={`review-strength review-strength--${strength}`}>
            {t(`review.strength.${strength}`)}
          </span>{' '}
          {t('review.score', { percent: format.percent(item.score) })}
        </li>
        {item.concept ? (
          <li>
            <span className="review-pair__meta-label">{t('review.concept')}</span>{' '}
            {item.concept[format.language]}
          </li>
        ) : null}
        {item.goal ? (
          <li>
            <span className="review-pair__meta-label">{t('review.goal')}</span>{' '}
            <span className="goal-code">{item.goal}</span> {goal ? goalText(goal, format.language).text : ''}
          </li>
        ) : null}
      </ul>
      <div className="review-pair__sides">
        <PairSide side={item.need} kind="need" />
        <span className="review-pair__arrow" aria-hidden="true">
          ↔
        </span>
        <PairSide side={item.offer} kind="offer" />
      </div>
      {item.reasons.length > 0 ? (
        <>
          <p className="review-pair__reasons-title" id={`${id}-reasons`}>
            {t('review.reasons')}
          </p>
          <ul className="review-pair__reasons" aria-labelledby={`${id}-reasons`}>
            {item.reasons.map((reason) => (
              <li key={`${reason.kind}|${reason.sv}`}>{reason[format.language]}</li>
            ))}
          </ul>
        </>
      ) : null}
      {item.decision ? (
        <div className={`review-decision review-decision--${item.decision.decision}`}>
          <p className="review-decision__what">
            <span aria-hidden="true">{decisionIcon[item.decision.decision]} </span>
            {t(`review.decided.${item.decision.decision}`, {
              who: item.decision.decidedBy || t('review.unknownPerson'),
              when: format.dateTime(item.decision.decidedAt),
            })}
          </p>
          {item.decision.note ? (
            <p className="review-decision__note">
              <span className="review-pair__meta-label">{t('review.note')}</span> {item.decision.note}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="button-row review-pair__actions">
        {item.decision?.decision !== 'accepted' ? (
          <button
            type="button"
            className="button button--small"
            aria-describedby={titleId}
            aria-disabled={decide.isPending || undefined}
            onClick={() => send('accepted')}
          >
            <span aria-hidden="true">✓ </span>
            {t('review.accept')}
          </button>
        ) : null}
        {item.decision?.decision !== 'rejected' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-describedby={titleId}
            aria-expanded={rejecting}
            aria-controls={`${id}-reject`}
            onClick={() => {
              setRejecting((open) => !open);
              setNoteError(false);
              // The note field appears below; focus follows once it is there.
              requestAnimationFrame(() => noteRef.current?.focus());
            }}
          >
            <span aria-hidden="true">✕ </span>
            {t('review.reject')}
          </button>
        ) : null}
        {item.decision?.decision !== 'later' ? (
          <button
            type="button"
            className="button button--quiet button--small"
            aria-describedby={titleId}
            aria-disabled={decide.isPending || undefined}
            onClick={() => send('later')}
          >
            {t('review.later')}
          </button>
        ) : null}
      </div>
      <div id={`${id}-reject`}>
        {rejecting ? (
          <form className="review-reject" onSubmit={submitRejection} noValidate>
            <div className={`field${noteError ? ' field--error' : ''}`}>
              <label className="field__label" htmlFor={`${id}-note`}>
                {t('review.noteLabel')}
              </label>
              <p className="field__hint" id={`${id}-note-hint`}>
                {t('review.noteHint')}
              </p>
              <FieldErrorText id={`${id}-note-error`} errors={noteError ? [t('review.noteRequired')] : []} />
              <textarea
                ref={noteRef}
                id={`${id}-note`}
                className="textarea review-reject__note"
                value={note}
                rows={3}
                maxLength={2000}
                required
                aria-required="true"
                aria-describedby={noteError ? `${id}-note-error ${id}-note-hint` : `${id}-note-hint`}
                {...(noteError ? { 'aria-invalid': true as const } : {})}
                onChange={(event) => setNote(event.target.value)}
              />
            </div>
            <p className="button-row">
              <button type="submit" className="button button--danger button--small">
                {t('review.confirmReject')}
              </button>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => {
                  setRejecting(false);
                  setNoteError(false);
                }}
              >
                {t('common.cancel')}
              </button>
            </p>
          </form>
        ) : null}
      </div>
      {decide.isError ? (
        <p className="field__error" role="alert">
          {t('review.failed')} {errorMessage(decide.error, t)}
        </p>
      ) : null}
    </article>
  );
}
