import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { profileExportUrl } from '../lib/profile-export-url';

/** The way out: every profile in the columns the import reads, to fix in a spreadsheet and import again. */
export function ProfileExportLinks({ mobilisationId }: { mobilisationId: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('imports.exportHeading')}</h2>
      <p>{t('imports.exportIntro')}</p>
      <p className="button-row">
        <a
          className="button button--secondary button--small"
          href={profileExportUrl(mobilisationId, 'xlsx')}
          download
        >
          <span aria-hidden="true">⤓ </span>
          {t('imports.exportExcel')}
        </a>
        <a
          className="button button--secondary button--small"
          href={profileExportUrl(mobilisationId, 'csv')}
          download
        >
          <span aria-hidden="true">⤓ </span>
          {t('imports.exportCsv')}
        </a>
      </p>
    </section>
  );
}
