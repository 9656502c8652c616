import type { ProfileStatus } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';

// The shape and the word carry the status too, so it never depends on colour alone.
const statusIcon: Record<ProfileStatus, string> = { empty: '○', draft: '◐', submitted: '●', changed: '◑' };

export function ProfileStatusBadge({ status }: { status: ProfileStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`}>
      <span aria-hidden="true">{statusIcon[status]}</span> {t(`status.${status}`)}
    </span>
  );
}
