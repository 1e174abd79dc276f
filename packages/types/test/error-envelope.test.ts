import { describe, expect, it } from 'vitest';
import { errorEnvelope, schemas } from '../src/index.js';

describe('errorEnvelope', () => {
  it('builds the API envelope that the schema accepts, leaving out what is undefined', () => {
    const envelope = errorEnvelope({
      code: 'RATE_LIMITED',
      message: 'Slow down.',
      status: 429,
      requestId: 'req_7Hq2Lm9Xz1Pa',
      retryAfter: 3,
      details: undefined,
    });
    expect(envelope).toEqual({
      error: { code: 'RATE_LIMITED', message: 'Slow down.', status: 429, requestId: 'req_7Hq2Lm9Xz1Pa', retryAfter: 3 },
    });
    expect(Object.keys(envelope.error)).not.toContain('details');
    expect(schemas.ErrorEnvelope.safeParse(envelope).success).toBe(true);
  });

  it('takes a code of your own endpoint and no request id', () => {
    expect(errorEnvelope({ code: 'METHOD_NOT_ALLOWED', message: 'Use POST.', status: 405 })).toEqual({
      error: { code: 'METHOD_NOT_ALLOWED', message: 'Use POST.', status: 405 },
    });
  });
});
