import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../lib/i18n/use-language';
import { exportUrl } from '../lib/export-url';

type Props = { mobilisationId: string; canDownload: boolean };

/** The list for decision meetings: Excel and CSV for participants, and a page made for printing for everyone. */
export function ExportLinks({ mobilisationId, canDownload }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="initiative-export" aria-labelledby="export-heading">
      <h2 id="export-heading" className="visually-hidden">
        {t('initiatives.exportHeading')}
      </h2>
      <p className="button-row">
        {canDownload ? (
          <>
            <a
              className="button button--secondary button--small"
              href={exportUrl(mobilisationId, 'xlsx', language)}
              download
            >
              <span aria-hidden="true">⤓ </span>
              {t('initiatives.downloadExcel')}
            </a>
            <a
              className="button button--secondary button--small"
              href={exportUrl(mobilisationId, 'csv', language)}
              download
            >
              <span aria-hidden="true">⤓ </span>
              {t('initiatives.downloadCsv')}
            </a>
          </>
        ) : null}
        <Link to={`/m/${mobilisationId}/initiatives/print`}>{t('initiatives.printLink')}</Link>
      </p>
    </section>
  );
}
