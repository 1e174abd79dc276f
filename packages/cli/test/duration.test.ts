import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, secondsFromNow } from '../src/duration.js';

describe('parseDuration', () => {
  it.each([
    ['30s', 30],
    ['10m', 600],
    ['1h', 3600],
    ['7d', 604_800],
    ['30d', 2_592_000],
    ['2w', 1_209_600],
    ['1h30m', 5400],
    ['0', 0],
    [' 5m ', 300],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it('asks for a unit when there is none', () => {
    expect(() => parseDuration('30')).toThrow('"30" has no unit: write 30s, 30m, 30h or 30d.');
  });

  it.each(['', '10x', '1.5h', '-1h', 'h', '10 m', '1h30', 'ten minutes'])(
    'refuses %j, saying how to write one',
    (text) => {
      expect(() => parseDuration(text)).toThrow(/like 30s, 10m, 1h, 7d or 1h30m|has no unit/);
    },
  );

  it('refuses a duration too long to count in seconds', () => {
    expect(() => parseDuration('99999999999999999999d')).toThrow('too long');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [45, '45s'],
    [5400, '1h30m'],
    [604_800, '7d'],
    [90_061, '1d1h1m1s'],
  ])('writes %i seconds as %s, which parseDuration reads back', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
    expect(parseDuration(text)).toBe(seconds);
  });
});

describe('secondsFromNow', () => {
  it('writes the API timestamp that many seconds later, in whole seconds and UTC', () => {
    expect(secondsFromNow(90, Date.UTC(2026, 0, 31, 23, 59, 0, 750))).toBe('2026-02-01T00:00:30Z');
  });
});
