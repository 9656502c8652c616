import { DatabaseLockedError, listMobilisations, openDatabaseTarget } from '@kraftsamling/db';
import { buildApp } from './app';
import { loadConfig } from './config';
import { seedDemoIfEmpty } from './demo/seed';

async function main() {
  const config = loadConfig();
  const database = await openDatabaseTarget({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = await buildApp({
    database,
    logger: { level: config.logLevel },
    logRequests: config.logLevel === 'debug' || config.logLevel === 'trace',
    settings: {
      publicUrl: config.publicUrl,
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      secureCookies: config.secureCookies,
      trustProxy: config.trustProxy,
    },
  });
  if (config.seedDemo) {
    const demo = await seedDemoIfEmpty(app.db, app.log);
    if (demo) {
      // Learning first: the re-match it queues when its field is new joins the one queued here, so the demo is
      // ranked once, with its learnt field (both jobs hold the mobilisation's matching lock, in this order).
      await app.learning.schedule(demo);
      await app.matching.rematchMobilisation(demo);
    }
  }
  // Texts stored before this version of the engine's search read them are read again, in the background.
  for (const mobilisation of await listMobilisations(app.db)) await app.searchIndex.refresh(mobilisation.id);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as { port: number } | null)?.port ?? config.port;
  // With PORT=0 the system picks the port; links in mails must name the one it picked.
  if (!config.publicUrlGiven) app.settings.publicUrl = `http://localhost:${port}`;
  const where =
    database.kind === 'embedded'
      ? `embedded database in ${database.description}`
      : `PostgreSQL at ${database.description}`;
  process.stdout.write(`\nKraftsamling is running at http://localhost:${port}  (${where})\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseLockedError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Kraftsamling could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exit(1);
});
