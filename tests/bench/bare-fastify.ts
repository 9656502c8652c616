// The ceiling `pnpm bench:api` compares against: a bare Fastify 5 answering a 20-item JSON list, nothing else
// (no plugins, no database). Run as a process of its own; prints its address on the first line.
import Fastify from 'fastify';

const items = Array.from({ length: 20 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `Organisation ${i + 1}`,
  county: 'Västernorrlands län',
  needCount: i % 5,
}));

const app = Fastify({ logger: false });
app.get('/list', async () => ({ items, total: items.length }));
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.stdout.write(`listening at http://127.0.0.1:${port}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
