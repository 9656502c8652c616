import {
  AppError,
  type BilingualText,
  type ErrorCode,
  errorResponseSchema,
  type FieldError,
} from '@kraftsamling/shared';

/**
 * The error every API call rejects with: the server's `AppError` shape read back from the response, plus how
 * it failed on the wire. `offline` means no response arrived at all; `unexpected` means a response arrived that
 * did not match the contract (a proxy's HTML page, a schema drift).
 */
export class ApiError extends AppError {
  readonly httpStatus: number;
  readonly offline: boolean;
  readonly unexpected: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    details: {
      fields?: FieldError[];
      currentVersion?: number;
      texts?: BilingualText;
      httpStatus: number;
      offline?: boolean;
      unexpected?: boolean;
    },
  ) {
    super(code, message, details);
    this.name = 'ApiError';
    this.httpStatus = details.httpStatus;
    this.offline = details.offline ?? false;
    this.unexpected = details.unexpected ?? false;
  }
}

function codeForStatus(status: number): ErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'VERSION_CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  if (status >= 400 && status < 500) return 'VALIDATION_FAILED';
  return 'INTERNAL';
}

/** Reads an error response body; anything not in the API's error shape still becomes a typed error. */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const parsed = errorResponseSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, fields, currentVersion, texts } = parsed.data.error;
    return new ApiError(code, message, {
      httpStatus: status,
      ...(texts ? { texts } : {}),
      ...(fields ? { fields } : {}),
      ...(currentVersion !== undefined ? { currentVersion } : {}),
    });
  }
  return new ApiError(codeForStatus(status), `HTTP ${status}`, { httpStatus: status, unexpected: true });
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Client errors will not go away by asking again; server and network trouble might. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.offline || error.httpStatus >= 500 || error.code === 'RATE_LIMITED';
}

/** A missing record, or an address whose id is not even well-formed: either way, nothing to show here. */
export function isNotFound(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.code === 'NOT_FOUND') return true;
  return (
    error.code === 'VALIDATION_FAILED' &&
    (error.fields ?? []).length > 0 &&
    (error.fields ?? []).every((field) => field.path.startsWith('params.'))
  );
}

/** The request needs a signed-in person (never a wrong password, which is INVALID_CREDENTIALS). */
export function isUnauthenticated(error: unknown): boolean {
  return isApiError(error) && error.code === 'UNAUTHENTICATED';
}

export function isForbidden(error: unknown): boolean {
  return isApiError(error) && error.code === 'FORBIDDEN';
}
