// The bodies the benchmark's server answers: a small object (`GET /v1/me`) and a 100-key list (`GET /v1/keys`).
export const benchKey = (n: number) => ({
  object: 'api_key',
  id: `key_${String(n).padStart(16, '0')}`,
  name: `bench key ${n}`,
  prefix: 'rl_test_',
  lastFour: 'abcd',
  type: 'service',
  environment: 'test',
  scopes: ['sandbox:create', 'sandbox:read', 'sandbox:execute'],
  profile: null,
  status: 'active',
  tier: 'pro',
  createdAt: '2026-01-01T00:00:00Z',
  expiresAt: null,
  lastUsedAt: '2026-01-02T10:00:00Z',
  revokedAt: null,
  allowedIps: ['203.0.113.0/24'],
  agentId: null,
  requireSignature: false,
  rotatedFrom: null,
  graceExpiresAt: null,
});

export const small = JSON.stringify({
  object: 'principal',
  type: 'api_key',
  keyId: 'key_7Hq2Lm9Xz1Pa4Rt6',
  tokenId: null,
  name: 'bench',
  keyType: 'service',
  environment: 'test',
  scopes: ['*'],
  tier: 'pro',
  expiresAt: null,
  subject: null,
});
export const list = JSON.stringify({ data: Array.from({ length: 100 }, (_, i) => benchKey(i)), nextCursor: null });
