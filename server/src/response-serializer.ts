import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type SerializerArgs = Parameters<typeof zodSerializerCompiler>[0];

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
    if (!(schema instanceof z.ZodType)) return zodEncode;
    let stringify: (data: unknown) => string;
    try {
      const jsonSchema = z.toJSONSchema(schema, {
        io: 'output',
        unrepresentable: 'throw',
        target: 'draft-7',
      }) as Record<string, unknown>;
      stringify = fastJson(jsonSchema) as (data: unknown) => string;
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
  };
}
