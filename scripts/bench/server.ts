// The benchmark's API server, run in its own process so that it does not share the client's event loop.
import { createServer } from 'node:http';

const key = (n: number) => ({
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

const small = JSON.stringify({
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
const list = JSON.stringify({ data: Array.from({ length: 100 }, (_, i) => key(i)), nextCursor: null });

const server = createServer((req, res) => {
  const body = req.url?.startsWith('/v1/keys') ? list : small;
  req.resume();
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-request-id': 'req_0123456789abcdef',
    'x-ratelimit-limit': '1000',
    'x-ratelimit-remaining': '999',
    'x-ratelimit-reset': '1767229200',
  });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => process.exit(0));
