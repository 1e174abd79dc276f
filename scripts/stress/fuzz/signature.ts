// `verifySignature` (@runlet/node): returns a boolean for any request, or throws `InvalidKeyFormatError` (a malformed
// secret) or its own `TypeError` (wrong usage, a message naming the option in backticks). A request signed with one
// of the secrets, within the time window, verifies; the same with one signature digit changed does not.
import { createHmac } from 'node:crypto';
import { isRunletError, type VerifySignatureInput, verifySignature } from '@runlet/node';
import fc from 'fast-check';
import { validToken } from './arbitraries.ts';
import type { FuzzTarget } from './harness.ts';

type Input = { kind: 'genuine' | 'tampered' | 'any'; request: VerifySignatureInput };

const NOW = 1_767_225_600;
const secret = validToken(['rl_sig_']);
const body = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 200 }));
const method = fc.oneof(fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'put'), fc.string({ maxLength: 10 }));
const path = fc.oneof(
  fc.constantFrom('/v1/keys?limit=20', '/v1/me', '/'),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

const genuine = fc
  .record({
    method,
    path,
    body,
    secrets: fc.array(fc.oneof(secret, fc.constant(undefined), fc.constant('')), { maxLength: 3 }),
    signer: secret,
    at: fc.integer({ min: 0, max: 4 }),
    skew: fc.integer({ min: -300, max: 300 }),
    asString: fc.boolean(),
  })
  .map(({ method, path, body, secrets, signer, at, skew, asString }): VerifySignatureInput => {
    const list = [...secrets];
    list.splice(at % (list.length + 1), 0, signer);
    const timestamp = NOW + skew;
    const hmac = createHmac('sha256', signer)
      .update(`${method.toUpperCase()}\n${path}\n${timestamp}\n`)
      .update(body)
      .digest('hex');
    return {
      method,
      path,
      body,
      secrets: list,
      timestamp: asString ? String(timestamp) : timestamp,
      signature: hmac,
      now: NOW,
    };
  });

const tampered = fc.tuple(genuine, fc.nat()).map(([request, at]): VerifySignatureInput => {
  const signature = request.signature as string;
  const index = at % signature.length;
  const digit = signature[index] === '0' ? '1' : '0';
  return { ...request, signature: signature.slice(0, index) + digit + signature.slice(index + 1) };
});

const any = fc.record(
  {
    method: fc.oneof({ weight: 5, arbitrary: method }, { weight: 1, arbitrary: fc.anything() }),
    path: fc.oneof({ weight: 5, arbitrary: path }, { weight: 1, arbitrary: fc.anything() }),
    body: fc.oneof({ weight: 5, arbitrary: body }, { weight: 1, arbitrary: fc.anything() }),
    timestamp: fc.oneof(fc.integer(), fc.double(), fc.string({ maxLength: 20 }), fc.constant(null), fc.anything()),
    signature: fc.oneof(fc.stringMatching(/^[0-9a-fA-F]{64}$/), fc.string(), fc.constant(null), fc.anything()),
    secrets: fc.oneof(
      { weight: 4, arbitrary: secret },
      { weight: 2, arbitrary: fc.array(fc.oneof(secret, fc.string(), fc.constant(undefined))) },
      { weight: 1, arbitrary: fc.anything() },
    ),
    now: fc.oneof(fc.constant(NOW), fc.double()),
    toleranceSeconds: fc.oneof(fc.constant(300), fc.double(), fc.integer()),
  },
  { requiredKeys: ['method', 'path', 'body', 'timestamp', 'signature', 'secrets'] },
) as fc.Arbitrary<VerifySignatureInput>;

export const signatureTarget: FuzzTarget<Input> = {
  name: 'verifySignature',
  arbitrary: fc.oneof(
    genuine.map((request): Input => ({ kind: 'genuine', request })),
    tampered.map((request): Input => ({ kind: 'tampered', request })),
    any.map((request): Input => ({ kind: 'any', request })),
  ),
  run({ kind, request }) {
    const valid = verifySignature(request);
    if (typeof valid !== 'boolean') return 'verifySignature returned a non-boolean';
    if (kind === 'genuine' && !valid) return 'a genuine signature was refused';
    if (kind === 'tampered' && valid) return 'a tampered signature was accepted';
    return undefined;
  },
  expected: (error) =>
    (isRunletError(error) && error.name === 'InvalidKeyFormatError') ||
    (error instanceof TypeError && error.message.includes('`')),
};
