import type { Initiative } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { shorten } from '../../../lib/format';
import { useMarkItemMet } from '../api/mark-item-met';

type LinkedItem = Initiative['links']['needs'][number];

/**
 * One step from the initiative: a linked open need is marked met through it, or — met here — opened again.
 * For the need's own organisation and the coordinators (the server decides; the page shows it to them only).
 */
export function MarkMetControl({ initiativeId, item }: { initiativeId: string; item: LinkedItem }) {
  const { t } = useTranslation();
  const mark = useMarkItemMet(initiativeId);
  const { profileId } = item;
  if (!profileId || item.withdrawn || !(item.state === 'open' || item.metHere)) return null;
  const short = shorten(item.text);
  const met = item.state === 'open';
  return (
    <div className="initiative-link__action">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={mark.isPending}
        aria-label={t(met ? 'initiatives.markMetFor' : 'initiatives.reopenFor', { text: short })}
        onClick={() => mark.mutate({ profileId, itemId: item.id, met })}
      >
        {t(met ? 'initiatives.markMet' : 'initiatives.reopen')}
      </button>
      {mark.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(mark.error, t)}
        </p>
      ) : null}
    </div>
  );
}
