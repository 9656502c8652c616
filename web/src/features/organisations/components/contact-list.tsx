import type { Contact } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Loading, QueryError } from '../../../components/ui/query-state';
import { signInPath } from '../../../lib/access';
import { isForbidden, isUnauthenticated } from '../../../lib/api-error';
import { useContacts } from '../api/get-contacts';

function ContactCard({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <li className="contact">
      <p className="contact__name">{contact.name}</p>
      {contact.title ? <p className="contact__title">{contact.title}</p> : null}
      <p className="contact__line">
        <span className="visually-hidden">{t('contacts.email')}: </span>
        <a href={`mailto:${contact.email}`}>{contact.email}</a>
      </p>
      {contact.phone ? (
        <p className="contact__line">
          <span className="visually-hidden">{t('contacts.phone')}: </span>
          <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
        </p>
      ) : null}
    </li>
  );
}

/**
 * The organisation's contact persons, for participants of its mobilisation. To anyone else the server says no,
 * and the panel explains who can see them instead of showing an error.
 */
export function ContactList({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const contacts = useContacts(organisationId);
  if (contacts.isError && (isUnauthenticated(contacts.error) || isForbidden(contacts.error))) {
    return (
      <>
        <p className="muted">{t('contacts.participantsOnly')}</p>
        {isUnauthenticated(contacts.error) ? (
          <p>
            <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('contacts.signInToSee')}</Link>
          </p>
        ) : null}
      </>
    );
  }
  if (contacts.isError) return <QueryError error={contacts.error} onRetry={() => void contacts.refetch()} />;
  if (!contacts.data) return <Loading />;
  if (contacts.data.contacts.length === 0) return <p className="muted">{t('contacts.none')}</p>;
  return (
    <ul className="contact-list">
      {contacts.data.contacts.map((contact) => (
        <ContactCard key={contact.email} contact={contact} />
      ))}
    </ul>
  );
}
