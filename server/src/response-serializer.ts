import { isDeepStrictEqual } from 'node:util';
import { JsonText } from '@kraftsamling/shared';
import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type SerializerArgs = Parameters<typeof zodSerializerCompiler>[0];

type JsonSchema = { [key: string]: unknown };

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `x.nullable()` becomes `anyOf: [x, { type: 'null' }]` in JSON Schema, and fast-json-stringify chooses an
 * `anyOf` branch by running an ajv validator against each value, its formats and patterns included (a
 * timestamp's date-time regex, per row): a sixteenth of the organisation list's server time. As `type: [x's
 * type, 'null']` it checks the value's type in the compiled code instead, and writes the same text.
 */
export function nullableAsTypes(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableAsTypes);
  if (!isSchema(schema)) return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) out[key] = nullableAsTypes(value);
  const anyOf = out.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return out;
  const nullAt = anyOf.findIndex((s) => isSchema(s) && s.type === 'null' && Object.keys(s).length === 1);
  const other = anyOf[1 - nullAt];
  if (nullAt < 0 || !isSchema(other) || typeof other.type !== 'string') return out;
  if (['anyOf', 'oneOf', 'allOf', '$ref', 'if', 'not'].some((k) => k in other)) return out;
  const { anyOf: _, ...rest } = out;
  return { ...rest, ...other, type: [other.type, 'null'] };
}

/**
 * Responses are written by a serializer compiled once per route and status from the route's zod schema (its
 * JSON Schema, through fast-json-stringify), instead of a zod encode of the whole answer and then
 * `JSON.stringify` on every request (decision 018). Like the zod encode, it writes only the properties the
 * schema declares, so a row's extra columns never leak. A schema JSON Schema cannot express falls back to the
 * zod encode. With `checkResponses` (the tests) every answer is also encoded through its zod schema and the
 * two texts must be equal, so a route whose data drifts from its schema, or a schema the compiled serializer
 * reads differently, fails there.
 */
export function createResponseSerializer(options: { checkResponses: boolean }) {
  return (args: SerializerArgs) => {
    const schema = args.schema as unknown;
    const zodEncode = zodSerializerCompiler(args);
    const compiled = compile(args, schema, zodEncode, options);
    // An answer the database wrote (decision 047) is sent as it is; under the tests it must be exactly what
    // the zod encode makes of its value: every property the schema asks for, of its type, and no other.
    return (data: unknown) => {
      if (!(data instanceof JsonText)) return compiled(data);
      if (options.checkResponses) {
        const value: unknown = JSON.parse(data.text);
        const checked = zodEncode(value);
        if (!isDeepStrictEqual(JSON.parse(checked), value)) {
          throw new Error(
            `${args.method} ${args.url}: the database wrote ${data.text.slice(0, 2000)}, the zod schema ${checked.slice(0, 2000)}`,
          );
        }
      }
      return data.text;
    };
  };
}

function compile(
  args: SerializerArgs,
  schema: unknown,
  zodEncode: (data: unknown) => string,
  options: { checkResponses: boolean },
): (data: unknown) => string {
  if (!(schema instanceof z.ZodType)) return zodEncode;
  let stringify: (data: unknown) => string;
  try {
    const jsonSchema = z.toJSONSchema(schema, {
      io: 'output',
      unrepresentable: 'throw',
      target: 'draft-7',
    }) as Record<string, unknown>;
    stringify = fastJson(nullableAsTypes(jsonSchema) as Record<string, unknown>) as (data: unknown) => string;
  } catch {
    return zodEncode;
  }
  if (!options.checkResponses) return stringify;
  return (data: unknown) => {
    const checked = zodEncode(data);
    const written = stringify(data);
    if (written !== checked) {
      throw new Error(
        `${args.method} ${args.url}: the compiled serializer wrote ${written.slice(0, 2000)}, the zod schema ${checked.slice(0, 2000)}`,
      );
    }
    return written;
  };
}

/**
 * Sends an answer the database wrote as JSON text (decision 047). It goes through the route's serializer like
 * any answer (which writes the text as it is, and checks it under the tests), so the reply's declared type,
 * the schema's value, is satisfied by the text's type parameter rather than by the object itself.
 */
export function sendJsonText<T, R extends { send: (payload: T) => R }>(reply: R, answer: JsonText<T>): R {
  return reply.send(answer as unknown as T);
}

/**
 * Sends a document already written (and compressed, unless `encoding` is identity) as the route's schema
 * says: Fastify sends a Buffer as it is, without serialising it again, so the reply's declared type is
 * satisfied by the caller's word that the bytes are such a document (decisions 021 and 064).
 */
export function sendEncodedJson<
  R extends { send: (payload: never) => R; header: (key: string, value: string) => R },
>(reply: R, bytes: Buffer, encoding: string): R {
  reply.header('content-type', 'application/json; charset=utf-8');
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  return reply.send(bytes as never);
}
