import { describe, expect, it } from 'vitest';
import { digestDueAt } from './preferences';

describe('when a digest is due', () => {
  it('is the next 06:00 UTC for a daily digest', () => {
    expect(digestDueAt('daily', new Date('2026-12-07T05:59:00Z')).toISOString()).toBe(
      '2026-12-07T06:00:00.000Z',
    );
    expect(digestDueAt('daily', new Date('2026-12-07T06:00:00Z')).toISOString()).toBe(
      '2026-12-08T06:00:00.000Z',
    );
    expect(digestDueAt('daily', new Date('2026-12-31T23:00:00Z')).toISOString()).toBe(
      '2027-01-01T06:00:00.000Z',
    );
  });

  it('is the next Monday 06:00 UTC for a weekly digest', () => {
    // 2026-12-07 is a Monday.
    expect(digestDueAt('weekly', new Date('2026-12-07T05:00:00Z')).toISOString()).toBe(
      '2026-12-07T06:00:00.000Z',
    );
    expect(digestDueAt('weekly', new Date('2026-12-07T07:00:00Z')).toISOString()).toBe(
      '2026-12-14T06:00:00.000Z',
    );
    expect(digestDueAt('weekly', new Date('2026-12-06T12:00:00Z')).toISOString()).toBe(
      '2026-12-07T06:00:00.000Z',
    );
    expect(digestDueAt('weekly', new Date('2026-12-10T12:00:00Z')).toISOString()).toBe(
      '2026-12-14T06:00:00.000Z',
    );
  });
});
