// The input of the engine's commands (`cli match`, `cli link-goals`): the dev-profiles format read leniently, as
// the engine sees it. Deliberately not the import's schema (imports/profile-file.ts), which enforces the
// product's limits and reference data: the engine can rank any such file, whatever a database would accept.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ReasonLanguage } from '@kraftsamling/matching';
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
  supportTypes: z
    .array(
      z.object({
        id: z.string().min(1),
        sv: z.string(),
        en: z.string(),
        description: z
          .union([z.string(), z.object({ sv: z.string().optional(), en: z.string().optional() })])
          .optional(),
      }),
    )
    .optional(),
  goals: z
    .array(z.object({ id: z.string(), sv: z.string().optional(), en: z.string().optional() }))
    .optional(),
  decisions: z
    .array(
      z.object({
        need: z.object({ org: z.string(), index: z.number().int().min(0) }),
        offer: z.object({ org: z.string(), index: z.number().int().min(0) }),
        decision: z.enum(['accepted', 'rejected']),
      }),
    )
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
export type ProfileItem = z.infer<typeof itemSchema>;

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

type CommandArgs<Extra extends string> = {
  file: string;
  lang: ReasonLanguage;
  /** The command's own options, as given. */
  options: Partial<Record<Extra, string>>;
};

/** `<profiles.json> [--lang sv|en]` and the command's own string options; anything else is a usage error. */
export function parseCommandArgs<Extra extends string>(
  args: string[],
  extra: readonly Extra[],
): CommandArgs<Extra> {
  const options: Record<string, { type: 'string' }> = { lang: { type: 'string' } };
  for (const name of extra) options[name] = { type: 'string' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util reports unknown options and missing values as TypeErrors with a readable message.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [file, ...rest] = parsed.positionals;
  if (!file) throw new UsageError('missing <profiles.json>');
  if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`);
  const lang = parsed.values.lang ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') throw new UsageError('--lang must be sv or en');
  const given: Partial<Record<Extra, string>> = {};
  for (const name of extra) {
    const value = parsed.values[name];
    if (typeof value === 'string') given[name] = value;
  }
  return { file, lang, options: given };
}
