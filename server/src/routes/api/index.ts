import type { FastifyPluginAsync } from 'fastify';
import health from './health';
import mobilisations from './mobilisations';
import organisations from './organisations';
import profiles from './profiles';

/** Everything under /api. Each folder is its own encapsulated context, so a hook there covers its routes. */
const api: FastifyPluginAsync = async (app) => {
  await app.register(health);
  await app.register(mobilisations, { prefix: '/mobilisations' });
  await app.register(organisations, { prefix: '/organisations' });
  await app.register(profiles, { prefix: '/profiles' });
};

export default api;
