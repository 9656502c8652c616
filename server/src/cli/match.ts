// `pnpm cli match <profiles.json> [--top N] [--lang sv|en]`: ranked, explained matches for every need, as JSON on
// stdout. A thin wrapper: it maps the profiles file onto the engine's input and the engine's output onto the
// contract's shape; all matching happens in @kraftsamling/matching.
import { describeReason, MatchIndex, type ReasonLanguage } from '@kraftsamling/matching';
import { fieldOf, toOrganisations } from './engine-input';
import {
  type ProfilesFile,
  parseCommandArgs,
  quietOnClosedPipe,
  readProfilesFile,
  UsageError,
} from './profiles-file';

type Options = { file: string; top: number; lang: ReasonLanguage };

function parseArgs(args: string[]): Options {
  const { file, lang, options } = parseCommandArgs(args, ['top']);
  const top = options.top === undefined ? 10 : Number(options.top);
  if (!Number.isInteger(top) || top < 1) throw new UsageError('--top needs a whole number ≥ 1');
  return { file, top, lang };
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export async function run(args: string[]): Promise<number> {
  let options: Options;
  let file: ProfilesFile;
  try {
    options = parseArgs(args);
    file = await readProfilesFile(options.file);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `match: ${error.message}\nusage: pnpm cli match <profiles.json> [--top N] [--lang sv|en]\n`,
    );
    return 2;
  }
  quietOnClosedPipe();
  const organisations = toOrganisations(file);
  const field = fieldOf(file, organisations);
  const index = new MatchIndex(organisations, { field });
  // Written match by match into a byte buffer sent in pieces of about 1 MB, with the organisation ids' JSON
  // cached: a 10,000-organisation mobilisation gives some 200,000 matches (60 MB), and serialising nested
  // objects whole, or growing one long string, would cost more than matching them.
  const ids = new Map<string, string>();
  const id = (org: string) => {
    let json = ids.get(org);
    if (json === undefined) {
      json = JSON.stringify(org);
      ids.set(org, json);
    }
    return json;
  };
  const out = new ChunkedOutput();
  out.write('{"matches":[');
  let separator = '\n';
  const described: string[] = [];
  for (const { matches } of index.allMatches({ top: options.top })) {
    for (const m of matches) {
      described.length = 0;
      for (const reason of m.reasons) described.push(describeReason(reason, options.lang, field.vocabulary));
      // One piece per match: each piece is encoded into the buffer by a call of its own.
      out.write(
        `${separator}{"need":{"org":${id(m.need.org)},"index":${m.need.index}},"offer":{"org":${id(m.offer.org)},` +
          `"index":${m.offer.index}},"score":${round(m.score)},"suggested":${m.suggested},` +
          `"reasons":${JSON.stringify(described)}}`,
      );
      separator = ',\n';
    }
  }
  out.write('\n]}\n');
  out.flush();
  return 0;
}

/**
 * Collects output in a byte buffer, each piece encoded as it comes (no long string to flatten and encode at
 * once), and hands it to stdout about 1 MB at a time. Each piece goes to a fresh buffer, so a write that
 * completes later never sees its bytes overwritten.
 */
class ChunkedOutput {
  private static readonly SIZE = 1 << 20;
  private buffer = Buffer.allocUnsafe(ChunkedOutput.SIZE);
  private used = 0;

  write(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    if (this.used + text.length * 3 > this.buffer.length) {
      this.flush();
      if (text.length * 3 > this.buffer.length) {
        process.stdout.write(text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  flush(): void {
    if (this.used === 0) return;
    process.stdout.write(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(ChunkedOutput.SIZE);
    this.used = 0;
  }
}
