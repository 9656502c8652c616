import { type FieldError, schemaMessages } from '@kraftsamling/shared';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** Messages per field, keyed by the dotted path into the validated value: `needs.0.text`. */
export type FieldErrors = Record<string, string[]>;

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * The shared schemas carry a few messages of their own in English (`schemaMessages`). They are recognised here
 * and said in the person's language; anything else falls through to zod's built-in locale (configured with the
 * language).
 */
const messageKeys: Record<
  string,
  | 'month'
  | 'controlCharacters'
  | 'periodOrder'
  | 'municipality'
  | 'unique'
  | 'url'
  | 'email'
  | 'organisationRequired'
  | 'orgNumber'
  | 'activeGoal'
  | 'copyFrom'
  | 'kindsRequired'
> = {
  [schemaMessages.month]: 'month',
  [schemaMessages.controlCharacters]: 'controlCharacters',
  [schemaMessages.periodOrder]: 'periodOrder',
  [schemaMessages.municipality]: 'municipality',
  [schemaMessages.unique]: 'unique',
  [schemaMessages.uniqueTag]: 'unique',
  [schemaMessages.uniqueTargetGroup]: 'unique',
  [schemaMessages.uniqueGoal]: 'unique',
  [schemaMessages.uniqueOrganisation]: 'unique',
  [schemaMessages.uniqueGoalCode]: 'unique',
  [schemaMessages.url]: 'url',
  [schemaMessages.email]: 'email',
  [schemaMessages.memberOrganisation]: 'organisationRequired',
  [schemaMessages.organisationNumber]: 'orgNumber',
  [schemaMessages.activeGoal]: 'activeGoal',
  [schemaMessages.uniqueEmail]: 'unique',
  [schemaMessages.copyFrom]: 'copyFrom',
  [schemaMessages.kindsRequired]: 'kindsRequired',
};

type Issue = z.core.$ZodIssue;

/** One zod issue as a sentence for a person, not a developer: "Fyll i fältet." rather than ">=1 tecken". */
export function issueMessage(issue: Issue, t: TFunction): string {
  const known = messageKeys[issue.message];
  if (known) return t(`validation.${known}`);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('validation.required');
      if (issue.origin === 'string') return t('validation.tooShort', { min: Number(issue.minimum) });
      return issue.message;
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return t('validation.tooMany', { max: Number(issue.maximum) });
      return issue.message;
    case 'invalid_value':
      return t('validation.chooseOne');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? t('validation.required') : issue.message;
    case 'invalid_format':
      return issue.format === 'url' ? t('validation.url') : issue.message;
    case 'custom':
      if (issue.params?.reason === 'invalid_organisation_number') return t('validation.orgNumber');
      return issue.message;
    default:
      return issue.message;
  }
}

export function issuesToFieldErrors(issues: readonly Issue[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    const message = issueMessage(issue, t);
    const list = errors[key] ?? [];
    if (!list.includes(message)) list.push(message);
    errors[key] = list;
  }
  return errors;
}

export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  t: TFunction,
): { success: true; data: z.output<S>; errors: FieldErrors } | { success: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { success: true, data: result.data, errors: {} };
  return { success: false, errors: issuesToFieldErrors(result.error.issues, t) };
}

/**
 * Server field errors name the request part first (`body.content.needs.2.text`, `draft.needs.2.text`); the
 * form knows fields by their path inside its own value, so the prefix is dropped.
 */
export function stripPathPrefix(path: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (path === prefix) return '';
    if (path.startsWith(`${prefix}.`)) return path.slice(prefix.length + 1);
  }
  return path;
}

/**
 * Server field errors in the person's language. Where the client's own validation finds a problem at the same
 * path its (more precise) message wins; otherwise the server's code decides.
 */
export function serverFieldErrors(
  fields: readonly FieldError[],
  prefixes: readonly string[],
  t: TFunction,
  clientErrors: FieldErrors = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const key = stripPathPrefix(field.path, prefixes);
    const messages = clientErrors[key] ?? [serverFieldMessage(field, t)];
    errors[key] = [...new Set([...(errors[key] ?? []), ...messages])];
  }
  return errors;
}

function serverFieldMessage(field: FieldError, t: TFunction): string {
  const known = messageKeys[field.message];
  if (known) return t(`validation.${known}`);
  switch (field.code) {
    case 'too_small': {
      const min = /(\d+)/.exec(field.message)?.[1];
      return min && Number(min) > 1
        ? t('validation.tooShort', { min: Number(min) })
        : t('validation.required');
    }
    case 'unknown_organisation':
      return t('validation.unknownOrganisation');
    case 'too_big': {
      const max = /(\d+)/.exec(field.message)?.[1];
      return max ? t('validation.tooLong', { max: Number(max) }) : t('validation.invalid');
    }
    case 'unknown_goal':
      return t('validation.unknownGoal');
    case 'retired_goal':
      return t('validation.retiredGoal');
    case 'goal_in_use':
      return t('validation.goalInUse');
    case 'id_taken':
      return t('validation.idTaken');
    case 'already_exists':
      return t('validation.alreadyExists');
    case 'invalid_value':
      return t('validation.chooseOne');
    default:
      if (field.message.includes('organisationsnummer')) return t('validation.orgNumber');
      return t('validation.invalid');
  }
}

/** Errors for one field and everything under it (`needs.0.themes` also collects `needs.0.themes.2`). */
export function errorsFor(errors: FieldErrors, key: string): string[] {
  const found: string[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    if (path === key || path.startsWith(`${key}.`)) found.push(...messages);
  }
  return [...new Set(found)];
}
