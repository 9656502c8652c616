import { AppError } from '@kraftsamling/shared';

/** PostgreSQL's unique_violation, turned into the API's ALREADY_EXISTS with the field that collided. */
export async function rethrowUniqueViolation<T>(
  work: Promise<T>,
  byConstraint: Record<string, { path: string; message: string }>,
): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const pgError = error as { code?: string; constraint?: string };
    const field =
      pgError.code === '23505' && pgError.constraint ? byConstraint[pgError.constraint] : undefined;
    if (field) {
      throw new AppError('ALREADY_EXISTS', field.message, {
        fields: [{ path: field.path, code: 'already_exists', message: field.message }],
      });
    }
    throw error;
  }
}

export function versionConflict(entity: string, currentVersion: number): AppError {
  return new AppError(
    'VERSION_CONFLICT',
    `The ${entity} was changed by someone else since you opened it (now version ${currentVersion}).`,
    { currentVersion },
  );
}

export function notFound(entity: string): AppError {
  return new AppError('NOT_FOUND', `No such ${entity}.`);
}
