import {
  changeItemState,
  confirmItem,
  getProfile,
  getProfileCurrency,
  getRevision,
  listRevisions,
  readProfileMatches,
  saveDraft,
  submitProfile,
  withTransaction,
} from '@kraftsamling/db';
import {
  changeItemStateSchema,
  confirmedItemSchema,
  itemStateParamsSchema,
  itemStatusSchema,
  type Profile,
  profileCurrencySchema,
  profileMatchesSchema,
  profileParamsSchema,
  profileSchema,
  revisionListSchema,
  revisionParamsSchema,
  revisionSchema,
  saveDraftSchema,
  submitProfileSchema,
} from '@kraftsamling/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../../audit/record';
import { holds } from '../../../auth/access';
import { currentKinds, reasonLabels } from '../../../kinds/kinds';
import { presentProfileMatches } from '../../../matching/present';
import { listLength } from '../../../matching/rank';
import { matchJobs } from '../../../plugins/app/matching';
import { errorResponses } from '../error-responses';

/** Drafts are the organisation's own until submitted: only its members and coordinators see them. */
function profileFor(request: FastifyRequest, profile: Profile): Profile {
  return holds(request.viewer, request.scope, 'member') ? profile : { ...profile, draft: null };
}

const profiles: FastifyPluginAsyncZod = async (app) => {
  const tags = ['profiles'];

  app.get(
    '/:profileId',
    {
      config: { access: 'published' },
      schema: {
        tags,
        summary: 'Read a profile: its draft and its latest submitted revision',
        params: profileParamsSchema,
        response: { 200: profileSchema, ...errorResponses },
      },
    },
    async (request) => profileFor(request, await getProfile(app.db, request.params.profileId)),
  );

  app.put(
    '/:profileId/draft',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Save the draft (send the version you edited; a stale save gets 409)',
        params: profileParamsSchema,
        body: saveDraftSchema,
        response: { 200: profileSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { profileId } = request.params;
      await withTransaction(app.db, async (trx) => {
        const version = await saveDraft(trx, profileId, request.body.version, request.body.content);
        if (version !== request.body.version) {
          await audit(trx, request, {
            action: 'profile.draft_saved',
            entityType: 'profile',
            entityId: profileId,
            details: { version },
          });
        }
      });
      return getProfile(app.db, profileId);
    },
  );

  app.post(
    '/:profileId/submit',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Submit the saved draft as a new revision',
        params: profileParamsSchema,
        body: submitProfileSchema,
        response: { 200: profileSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { profileId } = request.params;
      const mobilisationId = request.scope.mobilisations[0]?.id ?? '';
      const kinds = await currentKinds(app.db, mobilisationId);
      await withTransaction(app.db, async (trx) => {
        const revision = await submitProfile(
          trx,
          profileId,
          request.body.version,
          new Set(kinds.kinds.map((k) => k.id)),
          app.clock(),
        );
        if (revision !== null) {
          // Queued in the same transaction: the re-match happens exactly when the submission is committed.
          await app.matching.profileSubmitted(mobilisationId, profileId, trx);
          await audit(trx, request, {
            action: 'profile.submitted',
            entityType: 'profile',
            entityId: profileId,
            details: { revision },
          });
        }
      });
      return getProfile(app.db, profileId);
    },
  );

  app.post(
    '/:profileId/items/:itemId/state',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'Mark a need or offer met (by an organisation, a match or an initiative), withdrawn, or open again; ' +
          'no new submission, and the organisation is matched again',
        params: itemStateParamsSchema,
        body: changeItemStateSchema,
        response: { 200: itemStatusSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { profileId, itemId } = request.params;
      return withTransaction(app.db, async (trx) => {
        const changed = await changeItemState(trx, {
          profileId,
          itemId,
          change: request.body,
          changedBy: request.viewer.user?.id ?? null,
          now: app.clock(),
        });
        // As after a submission: the profile's lists, then those around it, leave or take back the item.
        await app.matching.profileSubmitted(changed.mobilisationId, profileId, trx);
        await app.collaborationMap.refresh(changed.mobilisationId, trx);
        await audit(trx, request, {
          action: `item.${changed.status.state}`,
          entityType: 'profile',
          entityId: profileId,
          details: {
            itemId,
            from: changed.before,
            ...(request.body.state === 'met' && request.body.metBy ? { metBy: request.body.metBy } : {}),
          },
        });
        return changed.status;
      });
    },
  );

  app.get(
    '/:profileId/currency',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Is this still current? The open and lapsed needs and offers, when each lapses',
        params: profileParamsSchema,
        response: { 200: profileCurrencySchema, ...errorResponses },
      },
    },
    async (request) => getProfileCurrency(app.db, request.params.profileId, app.clock()),
  );

  app.post(
    '/:profileId/items/:itemId/confirm',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'Confirm that a need or offer still holds: current from now, and a lapsed one back in matching',
        params: itemStateParamsSchema,
        response: { 200: confirmedItemSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { profileId, itemId } = request.params;
      return withTransaction(app.db, async (trx) => {
        const confirmed = await confirmItem(trx, {
          itemId,
          profileId,
          now: app.clock(),
          confirmedBy: request.viewer.user?.id ?? null,
        });
        if (confirmed.reopened) {
          await app.matching.profileSubmitted(confirmed.mobilisationId, profileId, trx);
          await app.collaborationMap.refresh(confirmed.mobilisationId, trx);
        }
        await audit(trx, request, {
          action: 'item.confirmed',
          entityType: 'profile',
          entityId: profileId,
          details: { itemId, from: confirmed.reopened ? 'expired' : 'open' },
        });
        return {
          itemId,
          state: 'open' as const,
          confirmedAt: confirmed.confirmedAt.toISOString(),
          lapsesAt: confirmed.lapsesAt.toISOString(),
          reopened: confirmed.reopened,
        };
      });
    },
  );

  app.get(
    '/:profileId/revisions',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: 'List submitted revisions, newest first',
        params: profileParamsSchema,
        response: { 200: revisionListSchema, ...errorResponses },
      },
    },
    async (request) => ({ items: await listRevisions(app.db, request.params.profileId) }),
  );

  app.get(
    '/:profileId/revisions/:number',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: 'Read one submitted revision',
        params: revisionParamsSchema,
        response: { 200: revisionSchema, ...errorResponses },
      },
    },
    async (request) => getRevision(app.db, request.params.profileId, request.params.number),
  );

  app.get(
    '/:profileId/matches',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['matching'],
        summary: 'Who could meet our needs, and who could use our offers: ranked, scored and explained',
        params: profileParamsSchema,
        querystring: z.object({ perItem: z.coerce.number().int().min(1).max(listLength).default(5) }),
        response: { 200: profileMatchesSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { profileId } = request.params;
      const mobilisationId = request.scope.mobilisations[0]?.id ?? '';
      const { items, needs, offers, pending, kindsVersion } = await readProfileMatches(
        app.db,
        mobilisationId,
        profileId,
        request.query.perItem,
        [`${matchJobs.profile}:${profileId}`, `${matchJobs.mobilisation}:${mobilisationId}`],
      );
      const labels = await reasonLabels(app.db, mobilisationId, kindsVersion);
      return presentProfileMatches(items, { needs, offers }, pending, labels);
    },
  );
};

export default profiles;
