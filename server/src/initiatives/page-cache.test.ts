import { gunzipSync } from 'node:zlib';
import { type InitiativeList, JsonText } from '@kraftsamling/shared';
import { describe, expect, it } from 'vitest';
import { InitiativePageCache } from './page-cache';

const page = (text: string) => new JsonText<InitiativeList>(text);

describe('the initiative pages held in memory', () => {
  it('holds a page with its signature and compresses it once per encoding', () => {
    const cache = new InitiativePageCache(1024 * 1024);
    const text = `{"items":[${'{"title" : "Stöd i utvärdering"}, '.repeat(100)}{}],"nextCursor":null}`;
    const held = cache.hold('a', 'sig-1', page(text));
    expect(cache.get('a')?.signature).toBe('sig-1');
    const gzip = cache.encoded('a', held, 'gzip');
    expect(gunzipSync(gzip).toString()).toBe(text);
    expect(cache.encoded('a', held, 'gzip')).toBe(gzip);
    expect(cache.bytes).toBe(text.length * 2 + gzip.length);
    // A new signature replaces the page and what was compressed of it.
    cache.hold('a', 'sig-2', page('{"items":[],"nextCursor":null}'));
    expect(cache.get('a')?.encoded.size).toBe(0);
    expect(cache.bytes).toBe('{"items":[],"nextCursor":null}'.length * 2);
  });

  it('drops the least recently used pages past its bound', () => {
    const cache = new InitiativePageCache(250);
    cache.hold('a', 'a', page('a'.repeat(50)));
    cache.hold('b', 'b', page('b'.repeat(50)));
    cache.get('a');
    cache.hold('c', 'c', page('c'.repeat(50)));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map((h) => h?.signature)).toEqual([
      'a',
      undefined,
      'c',
    ]);
    expect(cache.bytes).toBe(200);
  });
});
