// `pnpm cli match <profiles.json> [--top N] [--lang sv|en]`: ranked, explained matches for every need, as JSON on
// stdout. A thin wrapper: it maps the profiles file onto the engine's input and the engine's output onto the
// contract's shape; all matching happens in @kraftsamling/matching.
import { readFile } from 'node:fs/promises';
import {
  describeReason,
  MatchIndex,
  type MatchItem,
  type MatchOrganisation,
  type ReasonLanguage,
} from '@kraftsamling/matching';
import { z } from 'zod';

const itemSchema = z.union(
  [
    z.string(),
    z.object({
      text: z.string(),
      themes: z.array(z.string()).optional(),
      targetGroups: z.array(z.string()).optional(),
    }),
  ],
  { error: 'expected a text, or an object with a "text" string' },
);

const projectSchema = z.union(
  [z.string(), z.object({ title: z.string().optional(), description: z.string().optional() })],
  { error: 'expected a text, or an object with "title" and "description"' },
);

/** The dev-profiles format; `label` and `gold` are accepted and ignored. */
export const profilesFileSchema = z.object({
  goals: z
    .array(z.object({ id: z.string(), sv: z.string().optional(), en: z.string().optional() }))
    .optional(),
  organisations: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().optional(),
      county: z.string().optional(),
      municipality: z.string().optional(),
      type: z.string().optional(),
      answers: z.object({
        goals: z.union([z.string(), z.array(z.string())]).optional(),
        currentProjects: z.array(projectSchema).optional(),
        supportNeeded: z.array(itemSchema),
        supportOffered: z.array(itemSchema),
      }),
    }),
  ),
});

export type ProfilesFile = z.infer<typeof profilesFileSchema>;

export class UsageError extends Error {}

/** Output piped into `head` and the like may be cut off; that is not an error worth a stack trace. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** Reads and validates a profiles file, with messages that say what is wrong and where. */
export async function readProfilesFile(path: string): Promise<ProfilesFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = profilesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the top level';
    throw new UsageError(
      `${path} is not a profiles file: at ${where}: ${issue?.message ?? 'unexpected shape'}`,
    );
  }
  const ids = new Set<string>();
  for (const org of parsed.data.organisations) {
    if (ids.has(org.id)) throw new UsageError(`${path}: organisation id "${org.id}" appears twice`);
    ids.add(org.id);
  }
  return parsed.data;
}

const toItem = (item: z.infer<typeof itemSchema>): MatchItem =>
  typeof item === 'string'
    ? { text: item }
    : { text: item.text, themes: item.themes, targetGroups: item.targetGroups };

export function toOrganisations(file: ProfilesFile): MatchOrganisation[] {
  return file.organisations.map((org) => ({
    id: org.id,
    county: org.county,
    municipality: org.municipality,
    sector: org.type,
    needs: org.answers.supportNeeded.map(toItem),
    offers: org.answers.supportOffered.map(toItem),
  }));
}

type Options = { file: string; top: number; lang: ReasonLanguage };

function parseArgs(args: string[]): Options {
  let file: string | undefined;
  let top = 10;
  let lang: ReasonLanguage = 'sv';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--top') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 1) throw new UsageError('--top needs a whole number ≥ 1');
      top = value;
    } else if (arg === '--lang') {
      const value = args[++i];
      if (value !== 'sv' && value !== 'en') throw new UsageError('--lang must be sv or en');
      lang = value;
    } else if (arg?.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === undefined && arg) {
      file = arg;
    } else {
      throw new UsageError(`unexpected argument ${arg}`);
    }
  }
  if (!file) throw new UsageError('missing <profiles.json>');
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
  const index = new MatchIndex(toOrganisations(file));
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
      for (const reason of m.reasons) described.push(describeReason(reason, options.lang));
      out.write(
        `${separator}{"need":{"org":${id(m.need.org)},"index":${m.need.index}},"offer":{"org":${id(m.offer.org)},` +
          `"index":${m.offer.index}},"score":${round(m.score)},"suggested":${m.suggested},"reasons":`,
      );
      out.write(JSON.stringify(described));
      out.write('}');
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
