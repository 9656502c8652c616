import type { Endorsement, InitiativeStatus } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import './initiatives.css';

// Shape and word carry the meaning, so nothing depends on colour alone.
const statusIcon: Record<InitiativeStatus, string> = {
  forslag: '○',
  forankring: '◔',
  beslutad: '◑',
  pagaende: '◕',
  avslutad: '●',
};

const endorsementIcon: Record<Endorsement, string> = { inbjuden: '○', forankrad: '✓', avbojd: '✕' };

export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge initiative-status initiative-status--${status}`}>
      <span aria-hidden="true">{statusIcon[status]}</span> {t(`initiatives.status.${status}`)}
    </span>
  );
}

export function EndorsementBadge({ endorsement }: { endorsement: Endorsement }) {
  const { t } = useTranslation();
  return (
    <span className={`endorsement endorsement--${endorsement}`}>
      <span aria-hidden="true" className="endorsement__icon">
        {endorsementIcon[endorsement]}
      </span>{' '}
      {t(`initiatives.endorsement.${endorsement}`)}
    </span>
  );
}
