/**
 * An answer whose JSON the database wrote, typed by the schema's value it encodes (decision 047). A route
 * sends it through its response serializer, which writes the text as it is and, under the tests, checks it
 * against the route's response schema as it checks every other answer (server/src/response-serializer.ts).
 */
export class JsonText<T> {
  /** Never set: ties the text to the type of what it encodes. */
  declare readonly encodes?: T;
  constructor(readonly text: string) {}
}
