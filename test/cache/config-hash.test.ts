import { afterEach, describe, expect, it, vi } from 'vitest';
import { pastTenseFutureDate } from '../../rules/past-tense-future-date.js';
import { createConfigHasher } from '../../src/cache/config-hash.js';
import { configFor } from '../rule-tester.js';

describe('the cache key of a configuration', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays the same through a day and changes with the day, since rules may judge dates against today', () => {
    const config = configFor(pastTenseFutureDate);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-05-04T08:00:00Z'));
    const morning = createConfigHasher()(config);
    vi.setSystemTime(new Date('2031-05-04T22:00:00Z'));
    const evening = createConfigHasher()(config);
    vi.setSystemTime(new Date('2031-05-05T08:00:00Z'));
    const nextDay = createConfigHasher()(config);
    expect(evening).toBe(morning);
    expect(nextDay).not.toBe(morning);
  });
});
