import { z } from 'zod';

/**
 * The closed set of error codes the API answers with. The web translates each code into Swedish or English,
 * so adding a code means adding its translations too.
 */
export const errorCodes = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'VERSION_CONFLICT',
  'ALREADY_EXISTS',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'LINK_EXPIRED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorStatus: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  VERSION_CONFLICT: 409,
  ALREADY_EXISTS: 409,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  LINK_EXPIRED: 410,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export const fieldErrorSchema = z.object({
  /** Dotted path into the request part, e.g. `body.content.needs.2.text`. */
  path: z.string(),
  /** zod issue code, e.g. `too_big`, `invalid_type`, or an app-specific one such as `unknown_goal`. */
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** A text the product shows in the reader's language: Swedish first, English second. */
export const bilingualTextSchema = z.object({ sv: z.string(), en: z.string() });
export type BilingualText = z.infer<typeof bilingualTextSchema>;

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    /**
     * The message in both languages, where its words are the point (why a file cannot be imported) rather
     * than something the web can say from the code; `message` is the English one.
     */
    texts: bilingualTextSchema.optional(),
    fields: z.array(fieldErrorSchema).optional(),
    /** On VERSION_CONFLICT: the version currently stored, so a client can offer to reload. */
    currentVersion: z.number().int().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/**
 * The one error type of the application. Thrown anywhere (queries, plugins, routes), answered by the server's
 * error handler with `errorStatus[code]`; the web reads the same shape back from responses.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly currentVersion: number | undefined;
  readonly texts: BilingualText | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    details: { fields?: FieldError[]; currentVersion?: number; texts?: BilingualText } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = details.fields;
    this.currentVersion = details.currentVersion;
    this.texts = details.texts;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toResponse(): ErrorResponse {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.texts ? { texts: this.texts } : {}),
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.currentVersion !== undefined ? { currentVersion: this.currentVersion } : {}),
      },
    };
  }
}
