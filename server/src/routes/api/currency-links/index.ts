import { confirmItem, findCurrencyLink, findUser, useCurrencyLink, withTransaction } from '@kraftsamling/db';
import {
  AppError,
  confirmedItemSchema,
  currencyLinkParamsSchema,
  currencyLinkSchema,
  errorResponseSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../../audit/record';
import { looksLikeCurrencyToken, verifyCurrencyToken } from '../../../currency/links';
import { errorResponses } from '../error-responses';

const notValid = () => new AppError('NOT_FOUND', 'This link is not valid.');
const noLongerOpen = () =>
  new AppError('LINK_EXPIRED', 'The entry was met, withdrawn or removed since the reminder was sent.');

/**
 * A currency reminder's confirm links (decision 031): anyone holding one may answer "still current" for
 * that one entry, once, without signing in. A forged or malformed link is NOT_FOUND, a used or expired one
 * LINK_EXPIRED.
 */
const currencyLinks: FastifyPluginAsyncZod = async (app) => {
  const tags = ['currency'];

  const tokenHash = async (token: string) => {
    if (!looksLikeCurrencyToken(token)) throw notValid();
    const hash = verifyCurrencyToken(await app.currency.linkSecret(), token);
    if (!hash) throw notValid();
    return hash;
  };

  app.get(
    '/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What a confirm link is about (the link is not used up by reading it)',
        params: currencyLinkParamsSchema,
        response: { 200: currencyLinkSchema, ...errorResponses, 410: errorResponseSchema },
      },
    },
    async (request) => {
      const link = await findCurrencyLink(app.db, await tokenHash(request.params.token));
      if (!link) throw notValid();
      if (link.used_at || link.expires_at <= app.clock()) {
        throw new AppError('LINK_EXPIRED', 'This link was used already or has expired.');
      }
      if (link.withdrawn_at || (link.state !== 'open' && link.state !== 'expired')) throw noLongerOpen();
      return {
        organisationName: link.organisation_name,
        mobilisationName: link.mobilisation_name,
        profileId: link.profile_id,
        item: { id: link.item_id, kind: link.kind, text: link.text, state: link.state },
        lapsesAt: link.lapses_at.toISOString(),
      };
    },
  );

  app.post(
    '/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Confirm the entry still holds (once): current from now, and back in matching if it lapsed',
        params: currencyLinkParamsSchema,
        response: { 200: confirmedItemSchema, ...errorResponses, 410: errorResponseSchema },
      },
    },
    async (request) => {
      const hash = await tokenHash(request.params.token);
      const now = app.clock();
      return withTransaction(app.db, async (trx) => {
        const used = await useCurrencyLink(trx, hash, now);
        const person = used.userId ? await findUser(trx, used.userId) : undefined;
        const confirmed = await confirmItem(trx, {
          itemId: used.itemId,
          now,
          confirmedBy: person?.id ?? null,
        }).catch((error: unknown) => {
          throw error instanceof AppError && error.code === 'NOT_FOUND' ? noLongerOpen() : error;
        });
        if (confirmed.reopened) {
          await app.matching.profileSubmitted(confirmed.mobilisationId, confirmed.profileId, trx);
          await app.collaborationMap.refresh(confirmed.mobilisationId, trx);
        }
        await audit(trx, request, {
          action: 'item.confirmed',
          entityType: 'profile',
          entityId: confirmed.profileId,
          details: { itemId: confirmed.itemId, from: confirmed.reopened ? 'expired' : 'open', by: 'link' },
          mobilisationIds: [confirmed.mobilisationId],
          ...(person ? { actor: { id: person.id, name: person.name } } : {}),
        });
        return {
          itemId: confirmed.itemId,
          state: 'open' as const,
          confirmedAt: confirmed.confirmedAt.toISOString(),
          lapsesAt: confirmed.lapsesAt.toISOString(),
          reopened: confirmed.reopened,
        };
      });
    },
  );
};

export default currencyLinks;
