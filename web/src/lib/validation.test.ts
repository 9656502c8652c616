import {
  createOrganisationSchema,
  profileSubmissionContentSchema,
  schemaMessages,
} from '@kraftsamling/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, setLanguage } from './i18n';
import { errorsFor, serverFieldErrors, validate } from './validation';

const t = i18n.t.bind(i18n);
const item = (text: string) => ({ id: crypto.randomUUID(), text, themes: [], targetGroups: [] });

describe('validation messages', () => {
  afterEach(() => setLanguage('sv'));

  it('says in plain Swedish what is wrong with a profile, per field', () => {
    const result = validate(
      profileSubmissionContentSchema,
      {
        goals: '',
        projects: [
          {
            id: crypto.randomUUID(),
            title: 'Stöd',
            description: '',
            period: { start: '2026-05', end: '2025-01' },
            goals: [],
          },
        ],
        needs: [item('x'.repeat(2001))],
        offers: [],
      },
      t,
    );
    expect(result.success).toBe(false);
    expect(result.errors.goals).toEqual(['Fyll i fältet.']);
    expect(result.errors['needs.0.text']).toEqual(['Texten får vara högst 2000 tecken.']);
    expect(result.errors['projects.0.period.end']).toEqual(['Slutmånaden kan inte vara före startmånaden.']);
  });

  it('explains a wrong organisationsnummer, in English too', async () => {
    const input = {
      name: 'Förening',
      orgNumber: '556677-8890',
      sector: 'civilsamhalle',
      county: 'Skåne län',
    };
    expect(validate(createOrganisationSchema, input, t).errors.orgNumber).toEqual([
      'Organisationsnumret stämmer inte. Det ska vara 10 siffror med rätt kontrollsiffra.',
    ]);
    await setLanguage('en');
    expect(validate(createOrganisationSchema, input, t).errors.orgNumber).toEqual([
      'The organisationsnummer is not valid. It has 10 digits with a correct check digit.',
    ]);
  });

  it('accepts an organisationsnummer with a correct check digit', () => {
    const input = {
      name: 'Uppsala kommun',
      orgNumber: '2120003005',
      sector: 'kommun',
      county: 'Uppsala län',
    };
    const result = validate(createOrganisationSchema, input, t);
    expect(result.success && result.data.orgNumber).toBe('212000-3005');
  });

  it('maps server field errors onto form paths, preferring the client’s own message', () => {
    const errors = serverFieldErrors(
      [
        {
          path: 'draft.needs.0.text',
          code: 'too_big',
          message: 'Too big: expected string to have <=2000 characters',
        },
        { path: 'draft.projects.1.goals', code: 'unknown_goal', message: 'The mobilisation has no goal G9' },
      ],
      ['draft'],
      t,
    );
    expect(errors['needs.0.text']).toEqual(['Texten får vara högst 2000 tecken.']);
    expect(errorsFor(errors, 'projects.1')).toEqual(['Kraftsamlingen har inte det målet.']);
  });

  it('says the shared schemas’ own messages in the person’s language, whichever side found the problem', () => {
    const errors = serverFieldErrors(
      [
        { path: 'body.participants', code: 'custom', message: schemaMessages.uniqueOrganisation },
        { path: 'body.orgNumber', code: 'custom', message: schemaMessages.organisationNumber },
      ],
      ['body'],
      t,
    );
    expect(errors).toEqual({
      participants: ['Samma värde får bara förekomma en gång.'],
      orgNumber: ['Organisationsnumret stämmer inte. Det ska vara 10 siffror med rätt kontrollsiffra.'],
    });
  });
});
