// `npm run demo`: the main flows of the Runlet SDK, against the embedded reference backend — or against
// the server named by RUNLET_BASE_URL and RUNLET_API_KEY when both are set.
import { inspect } from 'node:util';
import { isRunletError, redactSecret } from '@runlet/core';
import { Runlet } from '@runlet/node';
import { startRunletMockServer } from '@runlet/testing/server';

const external = Boolean(process.env.RUNLET_BASE_URL && process.env.RUNLET_API_KEY);
const mock = external ? undefined : await startRunletMockServer({ port: 0 });
const baseURL = mock?.url ?? (process.env.RUNLET_BASE_URL as string);
const adminKey = mock?.adminKey ?? (process.env.RUNLET_API_KEY as string);
const runlet = new Runlet({ apiKey: adminKey, baseURL, env: {} });

const bold = (s: string) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${s}\x1b[0m` : s);
let step = 0;
const section = (title: string) => console.log(`\n${bold(`${++step}. ${title}`)}`);
const show = (label: string, value: unknown) => console.log(`   ${label.padEnd(22)} ${value}`);

console.log(bold('Runlet SDK demo'));
console.log(
  mock
    ? `Embedded reference backend on ${baseURL} (set RUNLET_BASE_URL and RUNLET_API_KEY to use another server).`
    : `Server ${baseURL}, key ${redactSecret(adminKey)} from the environment.`,
);

try {
  section('Who am I?  runlet.me()');
  const me = await runlet.me();
  show('key', `${me.keyId} (${me.name ?? 'unnamed'}, ${me.environment}, tier ${me.tier})`);
  show('scopes', me.scopes.join(', '));

  section('Create a scoped CI key  runlet.keys.create()');
  const ci = await runlet.keys.create({
    name: 'ci-worker',
    scopes: ['sandbox:create', 'sandbox:read', 'sandbox:execute', 'sandbox:delete'],
    environment: 'test',
    type: 'service',
  });
  show('id', ci.id);
  show('secret (shown once)', ci.secret);
  show('afterwards', redactSecret(ci.secret));
  show('console.log(key)', `${inspect(ci, { breakLength: Number.POSITIVE_INFINITY }).slice(0, 70)}…`);
  show(
    'shows the secret?',
    `${inspect(ci).includes(ci.secret) || JSON.stringify(ci).includes(ci.secret) ? 'yes' : 'no'} (secret and signingSecret are non-enumerable)`,
  );

  section('List keys, two per page  for await (… of runlet.keys.list({ limit: 2 }))');
  for (const name of ['preview-1', 'preview-2']) await runlet.keys.create({ name, profile: 'read-only' });
  let page = 0;
  for await (const keys of runlet.keys.list({ limit: 2 }).pages()) {
    show(`page ${++page}`, keys.data.map((k) => `${k.name} (${k.id})`).join(', '));
  }

  section('A signed request  new Runlet({ signingSecret })');
  const signedKey = await runlet.keys.create({ name: 'signed-only', profile: 'sandbox-user', requireSignature: true });
  const unsigned = new Runlet({ apiKey: signedKey.secret, baseURL, env: {}, maxRetries: 0 });
  const refusedUnsigned = await unsigned.sandboxes.list().catch((e: unknown) => e);
  show('unsigned', describe(refusedUnsigned));
  const signed = new Runlet({
    apiKey: signedKey.secret,
    signingSecret: signedKey.signingSecret ?? '',
    baseURL,
    env: {},
  });
  const sandboxes = await signed.sandboxes.list();
  show('signed', `200 OK, ${sandboxes.data.length} sandboxes (X-Timestamp + X-Signature over the exact body)`);

  section('Allowed and refused by scope');
  const ciClient = new Runlet({ apiKey: ci.secret, baseURL, env: {}, maxRetries: 0 });
  const sandbox = await ciClient.sandboxes.create({ image: 'runlet/python:3.12' });
  const result = await ciClient.sandboxes.exec(sandbox.id, { command: 'echo "hello from the sandbox"' });
  show('sandbox:execute', `allowed → exit ${result.exitCode}, stdout ${JSON.stringify(result.stdout)}`);
  const refused = await ciClient.keys.list().catch((e: unknown) => e);
  show('keys:read', `refused → ${describe(refused)}`);

  section('Rotate with a grace period  runlet.keys.rotate(id, { gracePeriodSeconds: 3600 })');
  const rotated = await runlet.keys.rotate(ci.id, { gracePeriodSeconds: 3600 });
  show('new key', `${rotated.id} ${redactSecret(rotated.secret)}`);
  show('old key', `${rotated.previousKeyId} keeps working until ${rotated.previousKeyExpiresAt}`);
  await new Runlet({ apiKey: ci.secret, baseURL, env: {} }).sandboxes.retrieve(sandbox.id);
  show('old key still works', 'yes (grace period)');

  section('Add an IP to the allowlist  runlet.keys.addAllowedIp()');
  const allowlisted = await runlet.keys.addAllowedIp(rotated.id, '203.0.113.0/24');
  show('allowedIps', allowlisted.allowedIps.join(', '));
  const blocked = await new Runlet({ apiKey: rotated.secret, baseURL, env: {}, maxRetries: 0 }).me().catch((e) => e);
  show('call from 127.0.0.1', describe(blocked));

  section('Usage and rate-limit state  runlet.keys.usage(), runlet.lastRateLimit');
  const usage = await runlet.keys.usage(ci.id);
  show('requests by ci-worker', `${usage.totalRequests} (last used ${usage.lastUsedAt ?? 'never'})`);
  show(
    'its rate limit',
    `${usage.rateLimit.remaining}/${usage.rateLimit.limit} left this hour (tier ${usage.rateLimit.tier})`,
  );
  const limit = runlet.lastRateLimit;
  show(
    'this client',
    limit ? `${limit.remaining}/${limit.limit} left, resets ${new Date(limit.reset * 1000).toISOString()}` : 'n/a',
  );
  show('last request id', runlet.lastRequestId ?? 'n/a');

  section('Mint a client token for a browser  runlet.tokens.create()');
  const token = await runlet.tokens.create({
    scopes: ['sandbox:read'],
    ttlSeconds: 600,
    allowedOrigins: ['https://app.example'],
  });
  show('token', `${redactSecret(token.token)} expires in ${token.expiresIn} s, scopes ${token.scopes.join(', ')}`);

  section('Revoke a key  runlet.keys.revoke()');
  await runlet.keys.revoke(rotated.id);
  const afterRevoke = await new Runlet({ apiKey: rotated.secret, baseURL, env: {}, maxRetries: 0 })
    .me()
    .catch((e) => e);
  show('revoked key', describe(afterRevoke));

  console.log(`\n${bold('Done.')} Every flow above ran against ${mock ? 'the embedded reference backend' : baseURL}.`);
} finally {
  await mock?.close();
}

function describe(error: unknown): string {
  if (isRunletError(error) && 'status' in error) {
    const e = error as unknown as { status: number; code?: string; details?: { requiredScopes?: string[] } };
    const needs = e.details?.requiredScopes ? ` (needs ${e.details.requiredScopes.join(', ')})` : '';
    return `${e.status} ${e.code ?? ''}${needs}`;
  }
  return error instanceof Error ? error.message : 'succeeded';
}
