import { parseArgs } from 'node:util';
import { findUserByEmail, insertPasswordReset, insertUser, withTransaction } from '@kraftsamling/db';
import { emailSchema } from '@kraftsamling/shared';
import { hashToken, newToken } from '../auth/tokens';
import { loadConfig } from '../config';
import { withCliDatabase } from './database';

/** Creates a platform administrator and prints a link to choose the password (valid 24 hours). */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' } },
  });
  const email = emailSchema.safeParse(positionals[0]);
  if (!email.success || positionals.length !== 1) {
    process.stderr.write('usage: pnpm cli create-admin <email> [--name "Full Name"]\n');
    return 2;
  }
  const token = newToken();
  await withCliDatabase((db) =>
    withTransaction(db, async (trx) => {
      if (await findUserByEmail(trx, email.data))
        throw new Error(`There is already an account for ${email.data}.`);
      const user = await insertUser(trx, {
        email: email.data,
        name: values.name ?? email.data,
        passwordHash: null,
        platformAdmin: true,
      });
      await insertPasswordReset(trx, {
        tokenHash: hashToken(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + 24 * 3600_000),
      });
    }),
  );
  process.stdout.write(
    `Created the administrator ${email.data}. Choose the password within 24 hours at:\n` +
      `${loadConfig().publicUrl}/reset-password/${token}\n`,
  );
  return 0;
}
