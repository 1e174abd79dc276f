import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/internal.js';

describe('backoffDelay', () => {
  it('by default doubles from 0.5 s, caps at 8 s and takes off up to 25 %', () => {
    const top = () => 0;
    expect([0, 1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, top))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(backoffDelay(1, () => 0.5)).toBe(875);
    expect(backoffDelay(1, { random: () => 0.999 })).toBe(750);
  });

  it('takes the initial delay, the cap and the jitter fraction as options', () => {
    const options = { initialMs: 1000, maxMs: 3000, jitter: 1 };
    expect([0, 1, 2, 3].map((retry) => backoffDelay(retry, { ...options, random: () => 0.5 }))).toEqual([
      500, 1000, 1500, 1500,
    ]);
    expect(backoffDelay(1, { ...options, random: () => 0.1 })).toBe(1800);
  });

  it('with full jitter takes off up to the whole ceiling', () => {
    const full = (random: number) => backoffDelay(2, { jitter: 1, random: () => random });
    expect([0, 0.25, 0.75].map(full)).toEqual([2000, 1500, 500]);
  });

  it('without jitter is the exponential ceiling and draws no random number', () => {
    let draws = 0;
    const random = () => {
      draws++;
      return 0.5;
    };
    expect(backoffDelay(3, { initialMs: 500, maxMs: 30_000, jitter: 0, random })).toBe(4000);
    expect(draws).toBe(0);
  });
});
