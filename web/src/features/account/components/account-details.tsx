import type { CurrentUser } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Props = {
  user: CurrentUser;
  /** Names of the mobilisations the person takes part in, by id (the page looks them up). */
  mobilisationNames: ReadonlyMap<string, string>;
};

export function AccountDetails({ user, mobilisationNames }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="details-list">
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
        </div>
      </dl>
      <h3 className="account__subheading">{t('account.roles')}</h3>
      {user.platformAdmin ? <p>{t('account.platformAdmin')}</p> : null}
      {user.memberships.length === 0 ? (
        user.platformAdmin ? null : (
          <p className="muted">{t('account.noRoles')}</p>
        )
      ) : (
        <ul className="role-list">
          {user.memberships.map((membership) => {
            // A member edits the profile of its organisation in that mobilisation.
            const profileLink =
              membership.role === 'member' && membership.profileId
                ? `/profiles/${membership.profileId}/edit`
                : undefined;
            return (
              <li key={membership.id}>
                <Link to={`/m/${membership.mobilisationId}`}>
                  {mobilisationNames.get(membership.mobilisationId) ?? t('account.unknownMobilisation')}
                </Link>
                : {t(`roles.${membership.role}`)}
                {membership.organisationName
                  ? ` ${t('account.forOrganisation', { organisation: membership.organisationName })}`
                  : ''}
                {profileLink ? (
                  <>
                    {' '}
                    (<Link to={profileLink}>{t('profile.edit').toLowerCase()}</Link>)
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
