import { organisationListSchema } from '@kraftsamling/shared';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createResponseSerializer } from './response-serializer';

const args = (schema: z.ZodType) => ({ schema, method: 'GET', url: '/test', httpStatus: '200' });

const organisation = {
  id: '6f1c2a5e-1d2b-4c3d-8e4f-5a6b7c8d9e0f',
  name: 'Föreningen Ung Puls',
  orgNumber: null,
  sector: 'civilsamhalle',
  county: 'Västernorrlands län',
  municipality: 'Sundsvall',
  website: null,
  version: 1,
  createdAt: '2026-12-06T01:00:00.000Z',
  updatedAt: '2026-12-06T01:00:00.000Z',
};
const list = {
  total: 1,
  items: [
    {
      organisation: { ...organisation, passwordHash: 'secret' },
      profileId: '7f1c2a5e-1d2b-4c3d-8e4f-5a6b7c8d9e0f',
      status: 'submitted',
      submittedAt: null,
      needCount: 2,
      offerCount: 1,
      projectCount: 0,
    },
  ],
};

describe('the compiled response serializer', () => {
  it('writes the same text as the zod schema, without properties the schema does not declare', () => {
    const fast = createResponseSerializer({ checkResponses: false })(args(organisationListSchema));
    const checked = createResponseSerializer({ checkResponses: true })(args(organisationListSchema));
    const text = fast(list);
    expect(text).not.toContain('secret');
    expect(text).toBe(JSON.stringify(organisationListSchema.encode(list as never)));
    expect(checked(list)).toBe(text);
  });

  it('when checking, refuses an answer that does not fit its schema', () => {
    const checked = createResponseSerializer({ checkResponses: true })(args(organisationListSchema));
    const { needCount: _, ...withoutCount } = list.items[0] as (typeof list.items)[number];
    expect(() => checked({ total: 1, items: [withoutCount] })).toThrow();
  });

  it('falls back to the zod encode for a schema JSON Schema cannot express', () => {
    const schema = z.object({ at: z.date() });
    const serialize = createResponseSerializer({ checkResponses: false })(args(schema));
    expect(serialize({ at: new Date('2026-12-06T01:00:00.000Z') })).toBe('{"at":"2026-12-06T01:00:00.000Z"}');
  });
});
