import type { Interest } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { WrittenText } from '../../../components/ui/written-text';
import { useFormat } from '../../../lib/format';
import { useOrganisationInterests } from '../api/get-organisation-interests';
import './partners.css';

function InterestItem({ interest, other }: { interest: Interest; other: Interest['from'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="interest-item">
      <p className="interest-item__who">
        <strong>{other.name}</strong>
        {interest.mutual ? (
          <span className="badge badge--neutral">{t('partners.overview.mutual')}</span>
        ) : null}
      </p>
      <p className="meta-line">
        <time dateTime={interest.createdAt}>{format.dateTime(interest.createdAt)}</time>
        {interest.createdBy ? <span>{t('partners.overview.by', { name: interest.createdBy })}</span> : null}
      </p>
      {interest.message ? (
        <blockquote className="interest-item__message">
          <WrittenText text={interest.message} />
        </blockquote>
      ) : null}
    </li>
  );
}

type Props = { organisationId: string; mobilisationId: string; headingLevel: 3 | 4 };

/** Interest the organisation has received and shown ("vi är intresserade"), newest first, each side apart. */
export function InterestOverview({ organisationId, mobilisationId, headingLevel }: Props) {
  const { t } = useTranslation();
  const interests = useOrganisationInterests(organisationId, mobilisationId);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <QueryState query={interests}>
      {(data) => (
        <div className="interest-overview">
          <section aria-labelledby="interests-received-heading">
            <Heading id="interests-received-heading">
              {t('partners.overview.received', { count: data.received.length })}
            </Heading>
            {data.received.length === 0 ? (
              <p className="empty-state">{t('partners.overview.noneReceived')}</p>
            ) : (
              <ul className="interest-list">
                {data.received.map((interest) => (
                  <InterestItem key={interest.id} interest={interest} other={interest.from} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="interests-sent-heading">
            <Heading id="interests-sent-heading">
              {t('partners.overview.sent', { count: data.sent.length })}
            </Heading>
            {data.sent.length === 0 ? (
              <p className="empty-state">{t('partners.overview.noneSent')}</p>
            ) : (
              <ul className="interest-list">
                {data.sent.map((interest) => (
                  <InterestItem key={interest.id} interest={interest} other={interest.to} />
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </QueryState>
  );
}
