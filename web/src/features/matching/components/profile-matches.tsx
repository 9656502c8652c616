import type { ItemMatch, ProfileMatches as ProfileMatchesData } from '@kraftsamling/shared';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { QueryError } from '../../../components/ui/query-state';
import { WrittenText } from '../../../components/ui/written-text';
import { signInPath } from '../../../lib/access';
import { isForbidden, isUnauthenticated } from '../../../lib/api-error';
import { useFormat } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n/use-language';
import { sectorLabel } from '../../../lib/reference';
import { useProfileMatches } from '../api/get-profile-matches';

type Side = 'needs' | 'offers';

/**
 * What a page offers to do about one proposal (e.g. "Vi är intresserade"), given the proposal and the
 * page's own need or offer it answers. A slot, because that action belongs to another feature.
 */
export type MatchAction = (match: ItemMatch, item: { itemId: string; text: string }) => ReactNode;

/** One proposed counterpart: who, what they wrote, how strong the match is, and every reason for it. */
function MatchCard({ match, side, action }: { match: ItemMatch; side: Side; action: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const { counterpart } = match;
  const percent = format.percent(match.score);
  return (
    <li className="match">
      <div className="match__head">
        <h4 className="match__organisation">
          <Link to={`/profiles/${counterpart.profileId}`}>{counterpart.organisation.name}</Link>
        </h4>
        <span className={`match__strength match__strength--${match.suggested ? 'strong' : 'possible'}`}>
          <span aria-hidden="true">{match.suggested ? '●' : '◐'}</span>{' '}
          {match.suggested ? t('matches.strong') : t('matches.possible')}
        </span>
      </div>
      <p className="match__meta meta-line">
        <span>{sectorLabel(counterpart.organisation.sector, language)}</span>
        <span>{counterpart.organisation.county}</span>
      </p>
      <p className="match__text">
        <span className="match__label">
          {side === 'needs' ? t('matches.theirOffer') : t('matches.theirNeed')}
        </span>{' '}
        <WrittenText text={counterpart.text} />
      </p>
      <div className="match__score">
        <span className="match__score-text">{t('matches.score', { percent })}</span>
        <span className="score-bar" aria-hidden="true">
          <span className="score-bar__fill" style={{ width: `${Math.round(match.score * 100)}%` }} />
        </span>
      </div>
      {match.reasons.length > 0 ? (
        <>
          <p className="match__reasons-title">{t('matches.reasons')}</p>
          <ul className="match__reasons">
            {match.reasons.map((reason) => (
              <li key={`${reason.kind}|${reason.sv}`} lang={language}>
                {reason[language]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {action ? <div className="match__action">{action}</div> : null}
    </li>
  );
}

function MatchesForSide({
  data,
  side,
  renderAction,
}: {
  data: ProfileMatchesData;
  side: Side;
  renderAction: MatchAction | undefined;
}) {
  const { t } = useTranslation();
  const items = data[side];
  const headingId = `matches-${side}-heading`;
  return (
    <section className="point matches" aria-labelledby={headingId}>
      <h2 id={headingId}>{side === 'needs' ? t('matches.needsHeading') : t('matches.offersHeading')}</h2>
      <p className="muted">{side === 'needs' ? t('matches.needsIntro') : t('matches.offersIntro')}</p>
      {items.length === 0 ? (
        <p className="muted">{side === 'needs' ? t('matches.noNeeds') : t('matches.noOffers')}</p>
      ) : (
        <ul className="matches__items">
          {items.map((item, index) => (
            <li key={item.itemId} className="matches__item">
              <h3 className="matches__item-title">
                <span className="matches__item-label">
                  {side === 'needs'
                    ? t('matches.needLabel', { number: index + 1 })
                    : t('matches.offerLabel', { number: index + 1 })}
                </span>{' '}
                <WrittenText className="matches__item-text" text={item.text} />
              </h3>
              {item.matches.length === 0 ? (
                <p className="empty-state empty-state--small">{t('matches.none')}</p>
              ) : (
                <ol
                  className="match-list"
                  aria-label={t('matches.listLabel', { count: item.matches.length })}
                >
                  {item.matches.map((match) => (
                    <MatchCard
                      key={match.counterpart.itemId}
                      match={match}
                      side={side}
                      action={renderAction?.(match, item)}
                    />
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The live line above the matches: says when they are being recomputed, and when fresh ones have arrived. */
function useUpdateAnnouncement(pending: boolean | undefined): 'pending' | 'updated' | null {
  const [announcement, setAnnouncement] = useState<'pending' | 'updated' | null>(null);
  const wasPending = useRef(false);
  useEffect(() => {
    if (pending) setAnnouncement('pending');
    else if (wasPending.current) setAnnouncement('updated');
    wasPending.current = Boolean(pending);
  }, [pending]);
  return announcement;
}

/**
 * "Vilka kan möta våra behov" and "Vilka kan ha nytta av våra erbjudanden" for one organisation. Visible to the
 * mobilisation's participants; others get a note saying so rather than an error.
 */
export function ProfileMatches({
  profileId,
  renderAction,
}: {
  profileId: string;
  renderAction?: MatchAction | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const matches = useProfileMatches(profileId);
  const announcement = useUpdateAnnouncement(matches.data?.pending);
  const data = matches.data;

  let body: ReactNode;
  if (matches.isError && (isUnauthenticated(matches.error) || isForbidden(matches.error))) {
    body = (
      <section className="point matches" aria-labelledby="matches-heading">
        <h2 id="matches-heading">{t('matches.heading')}</h2>
        <p>{t('matches.participantsOnly')}</p>
        {isUnauthenticated(matches.error) ? (
          <p>
            <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('matches.signInToSee')}</Link>
          </p>
        ) : null}
      </section>
    );
  } else if (matches.isError && !data) {
    body = (
      <QueryError
        error={matches.error}
        onRetry={() => void matches.refetch()}
        title={t('matches.loadFailed')}
      />
    );
  } else if (!data) {
    body = (
      <p className="loading">
        <span className="loading__spinner" aria-hidden="true" />
        {t('matches.loading')}
      </p>
    );
  } else {
    body = (
      <>
        {data.engineVersion === null && !data.pending ? (
          <p className="muted">{t('matches.notComputed')}</p>
        ) : null}
        {data.computedAt ? (
          <p className="meta-line">{t('matches.computedAt', { date: format.dateTime(data.computedAt) })}</p>
        ) : null}
        <MatchesForSide data={data} side="needs" renderAction={renderAction} />
        <MatchesForSide data={data} side="offers" renderAction={renderAction} />
      </>
    );
  }

  return (
    <div className="matches-block">
      <div role="status" className="matches__status">
        {announcement === 'pending' ? (
          <p className="notice notice--info">
            <span className="loading__spinner" aria-hidden="true" /> {t('matches.pending')}
          </p>
        ) : announcement === 'updated' ? (
          <p className="notice notice--success">{t('matches.updated')}</p>
        ) : null}
      </div>
      {body}
    </div>
  );
}
