import { errorResponseSchema } from '@kraftsamling/shared';

/** Error statuses a route can answer with, declared so the OpenAPI document lists them. */
export const errorResponses = {
  400: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  415: errorResponseSchema,
} as const;
