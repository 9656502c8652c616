import { JsonText, organisationListSchema } from '@kraftsamling/shared';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createResponseSerializer, nullableAsTypes } from './response-serializer';

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

  it('writes a nullable value, present or null, without choosing between schemas at run time', () => {
    const serialize = createResponseSerializer({ checkResponses: true })(args(organisationListSchema));
    const submitted = { ...list.items[0], submittedAt: '2026-12-06T02:00:00.000Z', orgNumber: '802000-0000' };
    const text = serialize({ total: 2, items: [list.items[0], submitted] });
    expect(JSON.parse(text).items.map((i: { submittedAt: string | null }) => i.submittedAt)).toEqual([
      null,
      '2026-12-06T02:00:00.000Z',
    ]);
    const nullable = { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] };
    expect(nullableAsTypes({ properties: { at: nullable } })).toEqual({
      properties: { at: { type: ['string', 'null'], format: 'date-time' } },
    });
    // A union of two schemas that are not "something or null" stays a union.
    const union = { anyOf: [{ type: 'string' }, { type: 'integer' }] };
    expect(nullableAsTypes(union)).toEqual(union);
  });

  it('sends an answer the database wrote as it is, and when checking, refuses one that does not fit', () => {
    const fast = createResponseSerializer({ checkResponses: false })(args(organisationListSchema));
    const checked = createResponseSerializer({ checkResponses: true })(args(organisationListSchema));
    const written = JSON.stringify({ ...list, items: [{ ...list.items[0], organisation }] });
    expect(fast(new JsonText(written))).toBe(written);
    expect(checked(new JsonText(written))).toBe(written);
    // A property the schema does not declare, or one it asks for missing, is not sent under the tests.
    expect(() => checked(new JsonText(JSON.stringify(list)))).toThrow(/the database wrote/);
    const { needCount: _, ...withoutCount } = { ...list.items[0], organisation };
    expect(() => checked(new JsonText(JSON.stringify({ total: 1, items: [withoutCount] })))).toThrow();
  });
});
