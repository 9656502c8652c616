import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

// The names proxy-addr (Fastify's trustProxy) knows for whole address ranges.
const proxyRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (proxyRanges.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

/** A comma-separated list of the reverse proxies' addresses; empty (or `false`) trusts none. */
const trustProxy = z
  .string()
  .optional()
  .transform((value) =>
    value === undefined || value.trim() === 'false'
      ? []
      : value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
  )
  .refine((entries) => entries.every(isProxyAddress), {
    message:
      'must list the reverse proxies as IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal), separated by commas',
  });

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// or postgresql:// connection string' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: booleanFlag,
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { message: 'must be an smtp:// or smtps:// URL' })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Kraftsamling <no-reply@kraftsamling.local>'),
  COOKIE_SECURE: booleanFlag,
  TRUST_PROXY: trustProxy,
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  seedDemo: boolean;
  /** Where people reach the app; links in mails point here. */
  publicUrl: string;
  /** False when PUBLIC_URL is unset and the address follows the port the server listens on. */
  publicUrlGiven: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Secure cookies need HTTPS, except on localhost, where browsers accept them over plain HTTP. */
  secureCookies: boolean;
  /**
   * Reverse proxies whose X-Forwarded-For (client address), X-Forwarded-Host and X-Forwarded-Proto are
   * believed. Empty: the address the connection comes from is the client's, and those headers are ignored.
   */
  trustProxy: string[];
};

/** Reads the environment once at start; a bad value stops the process with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    // pnpm runs package scripts inside the package; INIT_CWD is where the person typed the command.
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO ?? true,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    publicUrlGiven: e.PUBLIC_URL !== undefined,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    secureCookies: e.COOKIE_SECURE ?? true,
    trustProxy: e.TRUST_PROXY,
  };
}
