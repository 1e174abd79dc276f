import { describe, expect, it } from 'vitest';
import { createToken, redactSecret, redactText } from '../src/tokens.js';

describe('redaction', () => {
  it('shows a token by its prefix and last four characters, and a short one by its prefix only', () => {
    const live = createToken('rl_live_');
    expect(redactSecret(live)).toBe(`rl_live_…${live.slice(-4)}`);
    expect(redactText(`GET /v1/keys/${live}`)).toBe(`GET /v1/keys/rl_live_…${live.slice(-4)}`);
    expect(redactText('key rl_test_abc')).toBe('key rl_test_…');
  });
});
