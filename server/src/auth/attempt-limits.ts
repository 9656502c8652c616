import type { FastifyInstance, FastifyRequest } from 'fastify';
import { stopIfClientLeft } from '../plugins/app/errors';
import type { Limit } from '../plugins/app/rate-limit';
import { clientAddressKey } from './client-address';
import { verifyPassword } from './passwords';

// The policy of decision 013, in one place. Each limit is a burst that then refills at an even pace.
const quarterHour = 15 * 60;
const hour = 3600;

/**
 * Password checks. Guessing one account from one address gets 10 tries, then one every 90 seconds; a right
 * password gives the pair its tries back. Someone guessing elsewhere cannot shut the person out. An address
 * gets 100 failed checks across all accounts, then one every 9 seconds: only a flood of wrong passwords (a
 * spray over many accounts) reaches it, and only the people behind that one address feel it.
 */
export function signInLimits(request: FastifyRequest, email: string) {
  const address = clientAddressKey(request.ip);
  return {
    pair: { key: `sign-in:pair:${email.toLowerCase()}:${address}`, max: 10, windowSeconds: quarterHour },
    address: { key: `sign-in:address:${address}`, max: 100, windowSeconds: quarterHour },
  } satisfies Record<string, Limit>;
}

/**
 * Reset mails. One address gets 5 an hour (from any number of senders: no one can flood a mailbox), and one
 * sender 20 an hour. Using up an address's 5 shuts no one out: its owner has the links already.
 */
export function passwordResetLimits(request: FastifyRequest, email: string): Limit[] {
  return [
    { key: `reset:email:${email.toLowerCase()}`, max: 5, windowSeconds: hour },
    { key: `reset:address:${clientAddressKey(request.ip)}`, max: 20, windowSeconds: hour },
  ];
}

/**
 * "Vi är intresserade" notices, each a mail to another organisation's people: one member sends 10, then one
 * every 6 minutes. The same interest twice is refused by the interests themselves, not counted here.
 */
export function interestLimits(userId: string): Limit[] {
  return [{ key: `interest:sender:${userId}`, max: 10, windowSeconds: hour }];
}

/**
 * Checks a password under the sign-in limits: the attempt is taken before the (deliberately slow) check, so
 * that any number of attempts arriving at once are counted first; a right password does not count.
 * Throws RATE_LIMITED when the attempt is over a limit.
 */
export async function checkPassword(
  app: FastifyInstance,
  request: FastifyRequest,
  account: { email: string; passwordHash: string | null | undefined },
  password: string,
): Promise<boolean> {
  const limits = signInLimits(request, account.email);
  await app.attempts.take([limits.pair, limits.address]);
  // The check costs a tenth of a second of CPU: not for a client that has gone.
  stopIfClientLeft(request);
  if (!(await verifyPassword(account.passwordHash, password))) return false;
  await app.attempts.clear([limits.pair]);
  await app.attempts.giveBack([limits.address]);
  return true;
}
