import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { InitiativeList, JsonText } from '@kraftsamling/shared';
import { compression } from '../plugins/external/compression';

/** The encodings a page is kept in besides its text. */
export type PageEncoding = 'br' | 'gzip';

/** A page of the initiative list as the database wrote it, with the signature of the rows it came from. */
export type HeldPage = {
  readonly signature: string;
  readonly page: JsonText<InitiativeList>;
  /** The page's text in each encoding asked for so far, compressed as the compression plugin would. */
  readonly encoded: Map<PageEncoding, Buffer>;
};

const compressors: Record<PageEncoding, (text: Buffer) => Buffer> = {
  gzip: (text) => gzipSync(text, compression.zlibOptions),
  br: (text) => brotliCompressSync(text, compression.brotliOptions),
};

/**
 * The initiative list's pages last answered, by list and page (decision 064). Only a cache: each request still
 * asks the database for the page's signature, and a page whose rows changed is written anew. Bounded in bytes
 * (text and encodings), the least recently used page dropped first.
 */
export class InitiativePageCache {
  readonly #pages = new Map<string, HeldPage>();
  #bytes = 0;

  constructor(readonly limitBytes: number) {}

  /** The page held for `key`, if any, now the most recently used. */
  get(key: string): HeldPage | undefined {
    const held = this.#pages.get(key);
    if (!held) return undefined;
    this.#pages.delete(key);
    this.#pages.set(key, held);
    return held;
  }

  /** Holds `page` for `key` in place of what was held. */
  hold(key: string, signature: string, page: JsonText<InitiativeList>): HeldPage {
    this.#drop(key);
    const held: HeldPage = { signature, page, encoded: new Map() };
    this.#pages.set(key, held);
    this.#bytes += sizeOf(held);
    this.#evict();
    return held;
  }

  /** The held page's text in `encoding`, compressed on first use. */
  encoded(key: string, held: HeldPage, encoding: PageEncoding): Buffer {
    const done = held.encoded.get(encoding);
    if (done) return done;
    const body = compressors[encoding](Buffer.from(held.page.text));
    held.encoded.set(encoding, body);
    // A page dropped while it was being answered is not counted again.
    if (this.#pages.get(key) === held) {
      this.#bytes += body.length;
      this.#evict();
    }
    return body;
  }

  /** Bytes held (texts counted at two bytes a character, V8's most). */
  get bytes(): number {
    return this.#bytes;
  }

  #drop(key: string) {
    const held = this.#pages.get(key);
    if (!held) return;
    this.#pages.delete(key);
    this.#bytes -= sizeOf(held);
  }

  #evict() {
    for (const key of this.#pages.keys()) {
      if (this.#bytes <= this.limitBytes) break;
      this.#drop(key);
    }
  }
}

function sizeOf(held: HeldPage): number {
  let bytes = held.page.text.length * 2;
  for (const body of held.encoded.values()) bytes += body.length;
  return bytes;
}
