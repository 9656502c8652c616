import type { TFunction } from 'i18next';
import { isApiError } from './api-error';

/** The sentence a person sees for any failure, in the current language; never the server's English text. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.offline) return t('errors.network');
    if (error.unexpected && error.httpStatus < 400) return t('errors.unexpectedResponse');
    return t(`errors.codes.${error.code}`);
  }
  return t('errors.unknown');
}
