import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { WrittenText } from '../../../components/ui/written-text';
import { errorMessage } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useInterestsToPassOn } from '../api/get-interests-to-pass-on';
import { useMarkPassedOn } from '../api/mark-passed-on';
import './partners.css';

/**
 * For the coordinators: interests to organisations with neither accounts nor contact persons who agreed to
 * be contacted. Each names both sides (the receiver's page has its contact details) and can be marked passed on.
 */
export function InterestsToPassOn({ mobilisationId }: { mobilisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const list = useInterestsToPassOn(mobilisationId, true);
  const mark = useMarkPassedOn(mobilisationId);
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('partners.interests.toPassOnHeading')}</h2>
      <p className="muted">{t('partners.interests.toPassOnIntro')}</p>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t('partners.interests.noneToPassOn')}</p>
          ) : (
            <ul className="interest-entries">
              {data.items.map((item) => (
                <li key={item.id} className="interest-entry">
                  <p className="interest-entry__who">
                    {t('partners.interests.fromTo', { from: item.from.name })}{' '}
                    {item.to.profileId ? (
                      <Link to={`/profiles/${item.to.profileId}`}>{item.to.name}</Link>
                    ) : (
                      item.to.name
                    )}{' '}
                    <span className="muted">{format.date(item.createdAt)}</span>
                  </p>
                  {item.message ? (
                    <blockquote className="interest__quote">
                      <WrittenText as="p" text={item.message} />
                    </blockquote>
                  ) : null}
                  {item.passedOn ? (
                    <p>
                      <span className="badge badge--submitted">{t('partners.interests.passedOn')}</span>{' '}
                      <span className="muted">
                        {t('partners.interests.passedOnBy', {
                          name: item.passedOn.by,
                          date: format.date(item.passedOn.at),
                        })}
                      </span>
                    </p>
                  ) : (
                    <p className="button-row">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={mark.isPending}
                        aria-label={t('partners.interests.markPassedOnFor', {
                          from: item.from.name,
                          to: item.to.name,
                        })}
                        onClick={() => mark.mutate(item.id)}
                      >
                        {t('partners.interests.markPassedOn')}
                      </button>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      {mark.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(mark.error, t)}
        </p>
      ) : null}
    </section>
  );
}
