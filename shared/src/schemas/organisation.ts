import { z } from 'zod';
import { countyNames } from '../reference/counties';
import { isMunicipalityInCounty } from '../reference/municipalities';
import { normaliseOrganisationNumber } from '../reference/organisation-number';
import { sectorIds } from '../reference/sectors';
import {
  idSchema,
  lineText,
  paginationQuerySchema,
  schemaMessages,
  timestampSchema,
  versionSchema,
} from './common';

export const organisationNumberSchema = z
  .string()
  .max(20)
  .transform((value, ctx) => {
    const normalised = normaliseOrganisationNumber(value);
    if (normalised === null) {
      ctx.addIssue({
        code: 'custom',
        message: schemaMessages.organisationNumber,
        params: { reason: 'invalid_organisation_number' },
      });
      return z.NEVER;
    }
    return normalised;
  });

const websiteSchema = z.url({ protocol: /^https?$/, message: schemaMessages.url }).max(300);

export const sectorSchema = z.enum(sectorIds);
export const countySchema = z.enum(countyNames);

const municipalityInCounty = (o: { county?: string; municipality?: string | null }) =>
  !o.municipality || !o.county || isMunicipalityInCounty(o.municipality, o.county);
const municipalityMessage = {
  message: schemaMessages.municipality,
  path: ['municipality'],
};

const organisationFields = {
  name: lineText(200).min(1),
  orgNumber: organisationNumberSchema.nullable().default(null),
  sector: sectorSchema,
  county: countySchema,
  municipality: lineText(60).min(1).nullable().default(null),
  website: websiteSchema.nullable().default(null),
};

export const createOrganisationSchema = z
  .object(organisationFields)
  .refine(municipalityInCounty, municipalityMessage);
export type CreateOrganisation = z.input<typeof createOrganisationSchema>;

export const updateOrganisationSchema = z
  .object({
    version: versionSchema,
    name: organisationFields.name.optional(),
    orgNumber: organisationNumberSchema.nullable().optional(),
    sector: sectorSchema.optional(),
    county: countySchema.optional(),
    municipality: lineText(60).min(1).nullable().optional(),
    website: websiteSchema.nullable().optional(),
  })
  .refine(municipalityInCounty, municipalityMessage);
export type UpdateOrganisation = z.input<typeof updateOrganisationSchema>;

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  orgNumber: z.string().nullable(),
  sector: sectorSchema,
  county: countySchema,
  municipality: z.string().nullable(),
  website: z.string().nullable(),
  version: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const profileStatusSchema = z.enum(['empty', 'draft', 'submitted', 'changed']);
export type ProfileStatus = z.infer<typeof profileStatusSchema>;

/** One row of a mobilisation's organisation list: the organisation with its profile's state. */
export const organisationListItemSchema = z.object({
  organisation: organisationSchema,
  profileId: idSchema,
  status: profileStatusSchema,
  submittedAt: timestampSchema.nullable(),
  needCount: z.number().int(),
  offerCount: z.number().int(),
  projectCount: z.number().int(),
});
export type OrganisationListItem = z.infer<typeof organisationListItemSchema>;

export const organisationListSchema = z.object({
  items: z.array(organisationListItemSchema),
  total: z.number().int(),
});
export type OrganisationList = z.infer<typeof organisationListSchema>;

export const organisationListQuerySchema = paginationQuerySchema.extend({
  q: lineText(200).optional(),
  sector: sectorSchema.optional(),
  county: countySchema.optional(),
  status: profileStatusSchema.optional(),
});
export type OrganisationListQuery = z.input<typeof organisationListQuerySchema>;

export const organisationParamsSchema = z.object({ organisationId: idSchema });

export const joinedOrganisationSchema = z.object({
  organisation: organisationSchema,
  profileId: idSchema,
});
export type JoinedOrganisation = z.infer<typeof joinedOrganisationSchema>;
