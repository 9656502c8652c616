import { z } from 'zod';
import { idSchema, lineText, paginationQuerySchema, schemaMessages, timestampSchema } from './common';
import { notificationSettingsSchema } from './notification-settings';

export const roles = ['admin', 'coordinator', 'member', 'participant'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .email({ message: schemaMessages.email })
  .max(254)
  .transform((e) => e.trim().toLowerCase());

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const newPasswordSchema = z.string().min(10).max(200);
const givenPasswordSchema = z.string().min(1).max(200);
/** Random, URL-safe tokens from invitation and reset links. */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: schemaMessages.link });

export const membershipSchema = z.object({
  id: idSchema,
  mobilisationId: idSchema,
  role: roleSchema,
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  /** For a member: the organisation's profile in this mobilisation. */
  profileId: idSchema.nullable(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const currentUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  platformAdmin: z.boolean(),
  memberships: z.array(membershipSchema),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionSchema = z.object({
  user: currentUserSchema.nullable(),
  /** Sent back in the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const signInSchema = z.object({ email: emailSchema, password: givenPasswordSchema });
export type SignIn = z.input<typeof signInSchema>;

export const passwordResetRequestSchema = z.object({ email: emailSchema });
export const passwordResetCompleteSchema = z.object({ token: linkTokenSchema, password: newPasswordSchema });
export const acceptedSchema = z.object({ accepted: z.literal(true) });

export const invitationRoles = ['admin', 'coordinator', 'member', 'participant'] as const;
export const createInvitationSchema = z
  .object({
    email: emailSchema,
    name: lineText(200).default(''),
    role: z.enum(invitationRoles),
    organisationId: idSchema.nullable().default(null),
  })
  .refine((i) => (i.role === 'member') === (i.organisationId !== null), {
    message: schemaMessages.memberOrganisation,
    path: ['organisationId'],
  });
export type CreateInvitation = z.input<typeof createInvitationSchema>;

/** `pending`: sent and not yet opened; `opened`: the link was followed, not yet accepted. */
export const invitationStatusSchema = z.enum(['pending', 'opened', 'accepted', 'expired', 'revoked']);

export const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  invitedBy: z.string().nullable(),
  status: invitationStatusSchema,
  createdAt: timestampSchema,
  expiresAt: timestampSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;
export const invitationListSchema = z.object({ items: z.array(invitationSchema) });

/** What the person following an invitation link sees before accepting. */
export const invitationPreviewSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  mobilisationName: z.string(),
  organisationName: z.string().nullable(),
  /** Who sent the invitation (null when that account no longer exists). */
  invitedBy: z.string().nullable(),
  status: invitationStatusSchema,
  /** The email already has an account: accepting asks for its password instead of a new one. */
  existingAccount: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptInvitationSchema = z.object({
  name: lineText(200).min(1),
  password: givenPasswordSchema,
  /** Whether others may see the person's name and email as a contact person of the organisation. */
  shareAsContact: z.boolean().default(false),
});

/** A fresh link for an invitation, to hand over by other means than mail; the previous link stops working. */
export const invitationLinkSchema = z.object({ url: z.string(), expiresAt: timestampSchema });
export const invitationParamsSchema = z.object({ mobilisationId: idSchema, invitationId: idSchema });
export const invitationTokenParamsSchema = z.object({ token: linkTokenSchema });

export const memberSchema = z.object({
  membershipId: idSchema,
  userId: idSchema,
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  organisationId: idSchema.nullable(),
  organisationName: z.string().nullable(),
  createdAt: timestampSchema,
});
export type Member = z.infer<typeof memberSchema>;
export const memberListSchema = z.object({ items: z.array(memberSchema) });

/** A contact person as entered (input: email normalised, optional fields defaulted). */
export const contactInputSchema = z.object({
  name: lineText(200).min(1),
  email: emailSchema,
  phone: lineText(40).nullable().default(null),
  title: lineText(200).nullable().default(null),
  /** The person agreed to be mailed when another organisation shows interest (GDPR: their own choice). */
  mayContact: z.boolean().default(false),
});
export const contactListInputSchema = z.object({ contacts: z.array(contactInputSchema).max(10) });
export type ContactListInput = z.input<typeof contactListInputSchema>;

// Response schemas carry no transforms: responses are encoded, and a transform cannot run backwards.
export const contactSchema = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  mayContact: z.boolean(),
});
export type Contact = z.infer<typeof contactSchema>;
export const contactListSchema = z.object({ contacts: z.array(contactSchema) });
export type ContactList = z.infer<typeof contactListSchema>;

export const auditEventSchema = z.object({
  id: z.number().int(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** What the entity is called now (an organisation's or initiative's name), when it still exists. */
  entityName: z.string().nullable(),
  /** Where a person can look at it: the profile of an organisation or profile event. */
  profileId: idSchema.nullable(),
  actorName: z.string(),
  details: z.record(z.string(), z.unknown()),
  createdAt: timestampSchema,
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditListSchema = z.object({ items: z.array(auditEventSchema), total: z.number().int() });
export const auditQuerySchema = paginationQuerySchema.extend({
  entityType: z
    .enum(['mobilisation', 'organisation', 'profile', 'membership', 'invitation', 'match', 'initiative'])
    .optional(),
  entityId: z.string().max(100).optional(),
});

export const outboxMessageSchema = z.object({
  id: idSchema,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: timestampSchema,
  sentAt: timestampSchema.nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export const outboxListSchema = z.object({ items: z.array(outboxMessageSchema), total: z.number().int() });

export const deleteAccountSchema = z.object({ password: givenPasswordSchema });

/** Everything the platform holds about the signed-in person (GDPR art. 15 and 20). */
export const personalDataSchema = z.object({
  exportedAt: timestampSchema,
  user: z.object({ id: idSchema, email: z.string(), name: z.string(), createdAt: timestampSchema }),
  memberships: z.array(membershipSchema),
  sessions: z.array(
    z.object({ createdAt: timestampSchema, lastSeenAt: timestampSchema, expiresAt: timestampSchema }),
  ),
  contactEntries: z.array(
    z.object({ organisationId: idSchema, organisationName: z.string(), contact: contactSchema }),
  ),
  invitationsSent: z.array(z.object({ email: z.string(), role: roleSchema, createdAt: timestampSchema })),
  auditEvents: z.array(auditEventSchema),
  /** Which notices come by mail, and how often. */
  notificationSettings: notificationSettingsSchema.shape.categories,
});
export type PersonalData = z.infer<typeof personalDataSchema>;
