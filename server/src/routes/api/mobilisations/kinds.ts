import {
  dismissTerm,
  insertKindsVersion,
  listKindsVersions,
  loadEvidenceItems,
  withTransaction,
} from '@kraftsamling/db';
import { listConcepts } from '@kraftsamling/matching';
import {
  decideTermResultSchema,
  decideTermSchema,
  kindsHistorySchema,
  kindsParamsSchema,
  kindsPreviewResultSchema,
  kindsPreviewSchema,
  kindsVersionSchema,
  mobilisationParamsSchema,
  proposedTermListSchema,
  replaceKindsSchema,
  revertKindsSchema,
} from '@kraftsamling/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../../audit/record';
import {
  checkLanguage,
  currentKinds,
  engineGroupId,
  isTemplate,
  kindsVersionOf,
  ownLanguage,
  templateSupportKinds,
  toKindDefinition,
} from '../../../kinds/kinds';
import { findProposal, presentProposals, withTerm } from '../../../kinds/proposals';
import { syncIndex } from '../../../matching/rematch';
import { errorResponses } from '../error-responses';

const actorOf = (request: FastifyRequest) => {
  const user = request.viewer.user;
  return user ? { id: user.id, name: user.name } : null;
};

/**
 * A mobilisation's kinds of support (decision 015): everyone with a role in it reads them (organisations tag
 * their needs and offers with them); its coordinators replace them, each change a new version, and take or
 * dismiss the terms the engine learnt. A change is learnt from at once, in a job.
 */
const kinds: FastifyPluginAsyncZod = async (app) => {
  const tags = ['kinds'];

  app.get(
    '/:mobilisationId/kinds',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: "The mobilisation's current kinds of support and target groups",
        params: mobilisationParamsSchema,
        response: { 200: kindsVersionSchema, ...errorResponses },
      },
    },
    async (request) => currentKinds(app.db, request.params.mobilisationId),
  );

  app.put(
    '/:mobilisationId/kinds',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Replace the kinds of support as a new version (send the version you edited)',
        params: mobilisationParamsSchema,
        body: replaceKindsSchema,
        response: { 200: kindsVersionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId } = request.params;
      const { version, kinds: list, note } = request.body;
      const previous = await kindsVersionOf(app.db, mobilisationId, version);
      const targetGroups = request.body.targetGroups ?? previous.targetGroups;
      const abbreviations = request.body.abbreviations ?? previous.abbreviations;
      checkLanguage(list, targetGroups, abbreviations);
      const created = await withTransaction(app.db, async (trx) => {
        const number = await insertKindsVersion(trx, {
          mobilisationId,
          expected: version,
          kinds: list,
          targetGroups,
          abbreviations,
          basis: isTemplate(list) ? 'template' : 'own',
          note,
          revertedFrom: null,
          actor: actorOf(request),
        });
        await audit(trx, request, {
          action: 'kinds.updated',
          entityType: 'mobilisation',
          entityId: mobilisationId,
          details: {
            version: number,
            kinds: list.length,
            targetGroups: targetGroups.length,
            abbreviations: abbreviations.length,
            note,
          },
        });
        await app.learning.schedule(mobilisationId, { db: trx });
        return number;
      });
      return kindsVersionOf(app.db, mobilisationId, created);
    },
  );

  app.get(
    '/:mobilisationId/kinds/versions',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: 'Every version of the kinds of support, newest first (0 is the template)',
        params: mobilisationParamsSchema,
        response: { 200: kindsHistorySchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId } = request.params;
      const [current, stored] = await Promise.all([
        currentKinds(app.db, mobilisationId),
        listKindsVersions(app.db, mobilisationId),
      ]);
      return {
        current: current.version,
        items: [
          ...stored.map((v) => ({ ...v, createdAt: v.createdAt ? v.createdAt.toISOString() : null })),
          {
            version: 0,
            basis: 'template' as const,
            note: '',
            revertedFrom: null,
            createdBy: null,
            createdAt: null,
            kindCount: templateSupportKinds().length,
          },
        ],
      };
    },
  );

  app.get(
    '/:mobilisationId/kinds/versions/:version',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: 'One version of the kinds of support',
        params: kindsParamsSchema,
        response: { 200: kindsVersionSchema, ...errorResponses },
      },
    },
    async (request) => kindsVersionOf(app.db, request.params.mobilisationId, request.params.version),
  );

  app.post(
    '/:mobilisationId/kinds/revert',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Make an earlier version of the kinds current again, as a new version',
        params: mobilisationParamsSchema,
        body: revertKindsSchema,
        response: { 200: kindsVersionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId } = request.params;
      const { version, to, note } = request.body;
      const earlier = await kindsVersionOf(app.db, mobilisationId, to);
      const created = await withTransaction(app.db, async (trx) => {
        const number = await insertKindsVersion(trx, {
          mobilisationId,
          expected: version,
          kinds: earlier.kinds,
          targetGroups: earlier.targetGroups,
          abbreviations: earlier.abbreviations,
          basis: earlier.basis,
          note,
          revertedFrom: to,
          actor: actorOf(request),
        });
        await audit(trx, request, {
          action: 'kinds.reverted',
          entityType: 'mobilisation',
          entityId: mobilisationId,
          details: { version: number, to, note },
        });
        await app.learning.schedule(mobilisationId, { db: trx });
        return number;
      });
      return kindsVersionOf(app.db, mobilisationId, created);
    },
  );

  app.get(
    '/:mobilisationId/kinds/proposed-terms',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Words the mobilisation ties to its kinds, with the items they came from: proposed terms',
        params: mobilisationParamsSchema,
        response: { 200: proposedTermListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId } = request.params;
      return presentProposals(app.db, mobilisationId, await currentKinds(app.db, mobilisationId));
    },
  );

  app.post(
    '/:mobilisationId/kinds/proposed-terms',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: "Accept a proposed term into its kind's terms (a new version) or dismiss it for good",
        params: mobilisationParamsSchema,
        body: decideTermSchema,
        response: { 200: decideTermResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId } = request.params;
      const body = request.body;
      const current = await currentKinds(app.db, mobilisationId);
      const term = await findProposal(app.db, mobilisationId, current, body);
      return withTransaction(app.db, async (trx) => {
        if (body.decision === 'dismiss') {
          await dismissTerm(
            trx,
            mobilisationId,
            { kind: term.kind, language: term.language, stem: term.stem, word: term.word },
            actorOf(request),
          );
          await audit(trx, request, {
            action: 'kinds.term_dismissed',
            entityType: 'mobilisation',
            entityId: mobilisationId,
            details: { kind: term.kind, language: term.language, word: term.word },
          });
          return { decision: body.decision, kindsVersion: current.version };
        }
        const list = withTerm(current.kinds, term, body.tier ?? term.tier);
        const number = await insertKindsVersion(trx, {
          mobilisationId,
          expected: body.version,
          kinds: list,
          targetGroups: current.targetGroups,
          abbreviations: current.abbreviations,
          basis: 'own',
          note: `+ ${term.word} → ${term.kind}`,
          revertedFrom: null,
          actor: actorOf(request),
        });
        await audit(trx, request, {
          action: 'kinds.term_accepted',
          entityType: 'mobilisation',
          entityId: mobilisationId,
          details: { version: number, kind: term.kind, language: term.language, word: term.word },
        });
        await app.learning.schedule(mobilisationId, { db: trx });
        return { decision: body.decision, kindsVersion: number };
      });
    },
  );

  app.post(
    '/:mobilisationId/kinds/preview',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary:
          'What the engine makes of a need or an offer with the kinds as edited, and what it ranks best for it',
        params: mobilisationParamsSchema,
        body: kindsPreviewSchema,
        response: { 200: kindsPreviewResultSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId } = request.params;
      const { text, side, kinds: edited } = request.body;
      const current =
        request.body.targetGroups && request.body.abbreviations
          ? null
          : await currentKinds(app.db, mobilisationId);
      const language = {
        targetGroups: request.body.targetGroups ?? current?.targetGroups ?? [],
        abbreviations: request.body.abbreviations ?? current?.abbreviations ?? [],
      };
      checkLanguage(edited, language.targetGroups, language.abbreviations);
      // The ranking reads the mobilisation as matching holds it now; its index is brought up to date first.
      await syncIndex(app.db, app.workers, mobilisationId);
      const preview = await app.workers.run('matching.preview', {
        mobilisationId,
        kinds: isTemplate(edited) ? null : edited.map(toKindDefinition),
        ...ownLanguage(language),
        text,
        side,
      });
      const items = new Map(
        (
          await loadEvidenceItems(
            app.db,
            mobilisationId,
            preview.matches.map((m) => m.itemId),
          )
        ).map((i) => [i.itemId, i]),
      );
      const named = new Map(edited.map((k) => [k.id, k]));
      const groups = new Map<string, { sv: string; en: string }>([
        ...listConcepts()
          .filter((c) => c.kind === 'targetGroup')
          .map((g): [string, { sv: string; en: string }] => [g.id, g.label]),
        ...language.targetGroups.map((g): [string, { sv: string; en: string }] => [engineGroupId(g.id), g]),
      ]);
      return {
        kinds: preview.kinds.flatMap((k) => {
          const kind = named.get(k.id);
          return kind ? [{ id: k.id, sv: kind.sv, en: kind.en, score: k.score, evidence: k.evidence }] : [];
        }),
        targetGroups: preview.targetGroups.flatMap((g) => {
          const group = groups.get(g.id);
          return group ? [{ id: g.id, sv: group.sv, en: group.en, evidence: g.evidence }] : [];
        }),
        matches: preview.matches.flatMap((m) => {
          const item = items.get(m.itemId);
          return item ? [{ ...item, score: m.score, suggested: m.suggested }] : [];
        }),
      };
    },
  );
};

export default kinds;
