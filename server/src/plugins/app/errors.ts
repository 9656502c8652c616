import { AppError, type ErrorCode, type FieldError } from '@kraftsamling/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_RATE_LIMIT: 'RATE_LIMITED',
};

const messages: Partial<Record<ErrorCode, string>> = {
  UNSUPPORTED_MEDIA_TYPE: 'Send the request body as application/json.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  MALFORMED_JSON: 'The request body is not valid JSON.',
  RATE_LIMITED: 'Too many requests; wait a moment and try again.',
};

const unavailable = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '53300']);

/** Translates any thrown error into the API's error shape: client mistakes are 4xx, never a 500. */
export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const fields: FieldError[] = error.validation.map((issue) => ({
      path: [context, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      code: issue.keyword,
      message: issue.message ?? 'Invalid value',
    }));
    return new AppError('VALIDATION_FAILED', `The request ${context} is not valid.`, { fields });
  }
  if (isResponseSerializationError(error)) return null;
  const e = error as Partial<FastifyError> & { code?: string };
  const mapped = e.code ? fastifyCodes[e.code] : undefined;
  if (mapped) return new AppError(mapped, messages[mapped] ?? e.message ?? mapped);
  if (error instanceof SyntaxError && e.statusCode === 400)
    return new AppError('MALFORMED_JSON', messages.MALFORMED_JSON ?? '');
  if (e.code && unavailable.has(e.code))
    return new AppError('SERVICE_UNAVAILABLE', 'The database is not reachable.');
  // PostgreSQL data exceptions (class 22) mean a value slipped past validation; still the client's value.
  if (e.code && /^22[0-9A-Z]{3}$/.test(e.code))
    return new AppError('VALIDATION_FAILED', 'A value is out of range.');
  if (e.code === '23505') return new AppError('ALREADY_EXISTS', 'That already exists.');
  if (e.code === '40001' || e.code === '40P01') {
    return new AppError('VERSION_CONFLICT', 'Someone else changed this at the same time; try again.');
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    const code: ErrorCode =
      e.statusCode === 404 ? 'NOT_FOUND' : e.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED';
    return new AppError(code, e.message ?? 'Bad request');
  }
  return null;
}

/** Whether the client closed its connection while its request was still being worked on. */
export function clientLeft(request: FastifyRequest): boolean {
  return request.raw.socket?.destroyed === true;
}

/** Stops a request whose client has gone (cheap to ask; call it before costly work). */
export function stopIfClientLeft(request: FastifyRequest): void {
  if (clientLeft(request)) throw new ClientLeftError();
}

class ClientLeftError extends Error {
  constructor() {
    super('The client closed the connection');
    this.name = 'AbortError';
  }
}

// Reading the body of a request whose client went away fails with `aborted` (ECONNRESET); on its own that
// code also means a lost database connection, so the client's socket decides which it was.
function isClientAbort(error: unknown, request: FastifyRequest): boolean {
  if (!clientLeft(request)) return false;
  const e = error as { code?: string; name?: string };
  return e.name === 'AbortError' || e.code === 'ECONNRESET' || e.code === 'ECONNABORTED';
}

export default fp(
  async (app) => {
    app.setErrorHandler((error, request: FastifyRequest, reply: FastifyReply) => {
      if (isClientAbort(error, request)) {
        // Nobody is there to read an answer, and nothing failed on our side.
        request.log.info(
          { method: request.method, url: request.url },
          'The client closed the connection before the request was answered.',
        );
        return reply.hijack();
      }
      const appError = toAppError(error);
      if (appError && appError.status < 500) {
        request.log.info({ code: appError.code, fields: appError.fields }, appError.message);
        return reply.status(appError.status).send(appError.toResponse());
      }
      if (appError) {
        request.log.warn({ err: error }, appError.message);
        return reply.status(appError.status).send(appError.toResponse());
      }
      // Never leak internals on a 5xx: the log has the details, the client gets the request id to quote.
      request.log.error({ err: error }, 'unhandled error');
      return reply
        .status(500)
        .send(
          new AppError('INTERNAL', `Something went wrong on our side (request ${request.id}).`).toResponse(),
        );
    });
  },
  { name: 'errors' },
);
