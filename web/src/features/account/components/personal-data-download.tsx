import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { personalDataFileName, useDownloadPersonalData } from '../api/get-personal-data';

export function PersonalDataDownload() {
  const { t } = useTranslation();
  const download = useDownloadPersonalData();
  return (
    <>
      <p>{t('account.dataIntro')}</p>
      <p className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={download.isPending}
          onClick={() => download.mutate()}
        >
          {download.isPending ? t('account.preparingData') : t('account.downloadData')}
        </button>
      </p>
      <div role="status">
        {download.isSuccess ? (
          <p className="muted">{t('account.dataDownloaded', { file: personalDataFileName })}</p>
        ) : null}
      </div>
      {download.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(download.error, t)}
        </p>
      ) : null}
    </>
  );
}
