import { describe, expect, it } from 'vitest';
import { isIpAllowed, normalizeAllowlistEntry } from '../src/backend/ip-allowlist.js';
import { createTestApi } from './support/api.js';

describe('IP allowlist entries', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['203.0.113.7/32', '203.0.113.7'],
    ['203.0.113.77/24', '203.0.113.0/24'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:db8::/32', '2001:db8::/32'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['::1', '::1'],
    ['::', '::'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
  ])('normalizes %s to %s', (entry, normalized) => {
    expect(normalizeAllowlistEntry(entry)).toBe(normalized);
  });

  it.each([
    '256.0.0.1',
    '1.2.3',
    '01.2.3.4',
    '10.0.0.0/33',
    '2001:db8::/129',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    'example.com',
    '10.0.0.0/8/8',
    '',
  ])('refuses %j', (entry) => {
    expect(normalizeAllowlistEntry(entry)).toBeNull();
  });

  it('matches addresses against IPv4 and IPv6 CIDRs, and an IPv4-mapped address as IPv4', () => {
    const list = ['10.0.0.0/8', '2001:db8::/32', '192.0.2.1'];
    expect(isIpAllowed(list, '10.255.0.1')).toBe(true);
    expect(isIpAllowed(list, '11.0.0.1')).toBe(false);
    expect(isIpAllowed(list, '2001:db8:ffff::1')).toBe(true);
    expect(isIpAllowed(list, '2001:db9::1')).toBe(false);
    expect(isIpAllowed(list, '::ffff:192.0.2.1')).toBe(true);
    expect(isIpAllowed(list, '192.0.2.2')).toBe(false);
    expect(isIpAllowed(list, null)).toBe(false);
    expect(isIpAllowed(list, 'not-an-ip')).toBe(false);
    expect(isIpAllowed([], null)).toBe(true);
  });
});

describe('IP allowlists on keys', () => {
  it('answers IP_NOT_ALLOWED to an address outside the allowlist, and to an unknown address', async () => {
    const { call, backend } = await createTestApi();
    const { secret } = await backend.seedKey({ allowedIps: ['198.51.100.0/24', '2001:db8::/32'] });
    expect((await call('GET', '/v1/me', { key: secret, clientIp: '198.51.100.9' })).status).toBe(200);
    expect((await call('GET', '/v1/me', { key: secret, clientIp: '2001:db8::5' })).status).toBe(200);
    const outside = await call('GET', '/v1/me', { key: secret, clientIp: '203.0.113.1' });
    expect(outside.status).toBe(403);
    expect(outside.body.error).toMatchObject({ code: 'IP_NOT_ALLOWED', details: { clientIp: '203.0.113.1' } });
    expect((await call('GET', '/v1/me', { key: secret })).body.error.code).toBe('IP_NOT_ALLOWED');
  });

  it('ignores X-Forwarded-For unless told to trust it', async () => {
    const forwarded = { 'X-Forwarded-For': '198.51.100.9, 10.0.0.1' };
    const plain = await createTestApi();
    const key = await plain.backend.seedKey({ allowedIps: ['198.51.100.9'] });
    const spoofed = await plain.call('GET', '/v1/me', { key: key.secret, clientIp: '10.0.0.1', headers: forwarded });
    expect(spoofed.body.error.code).toBe('IP_NOT_ALLOWED');
    const trusting = await createTestApi({ trustForwardedFor: true });
    const trusted = await trusting.backend.seedKey({ allowedIps: ['198.51.100.9'] });
    const result = await trusting.call('GET', '/v1/me', {
      key: trusted.secret,
      clientIp: '10.0.0.1',
      headers: forwarded,
    });
    expect(result.status).toBe(200);
  });

  it('adds entries atomically and idempotently, and removes them by their URL-encoded value', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key, secret } = await backend.seedKey();
    const path = `/v1/keys/${key.id}/allowed-ips`;
    const added = await call('POST', path, { key: adminKey, json: { ip: '203.0.113.9/24' } });
    expect(added.body.allowedIps).toEqual(['203.0.113.0/24']);
    const again = await call('POST', path, { key: adminKey, json: { ip: '203.0.113.0/24' } });
    expect(again.body.allowedIps).toEqual(['203.0.113.0/24']);
    await call('POST', path, { key: adminKey, json: { ip: '2001:DB8::1' } });
    expect((await call('GET', '/v1/me', { key: secret, clientIp: '198.51.100.1' })).status).toBe(403);
    const removed = await call('DELETE', `${path}/203.0.113.0%2F24`, { key: adminKey });
    expect(removed.body.allowedIps).toEqual(['2001:db8::1']);
    const last = await call('DELETE', `${path}/2001%3Adb8%3A%3A1`, { key: adminKey });
    expect(last.body.allowedIps).toEqual([]);
    expect((await call('GET', '/v1/me', { key: secret, clientIp: '198.51.100.1' })).status).toBe(200);
  });

  it('answers VALIDATION_ERROR for an entry that is neither an IP nor a CIDR', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const { key } = await backend.seedKey();
    const bad = await call('POST', `/v1/keys/${key.id}/allowed-ips`, { key: adminKey, json: { ip: '10.0.0.0/40' } });
    expect(bad.body.error.details.issues).toEqual([
      { path: 'body.ip', message: 'Must be an IPv4 or IPv6 address or a CIDR, such as 203.0.113.0/24.' },
    ]);
    const badPath = await call('DELETE', `/v1/keys/${key.id}/allowed-ips/nope`, { key: adminKey });
    expect(badPath.body.error.details.issues[0].path).toBe('path.ip');
    const created = await call('POST', '/v1/keys', {
      key: adminKey,
      json: { name: 'x', scopes: ['keys:read'], allowedIps: ['10.0.0.1', 'x', '::1'] },
    });
    expect(created.body.error.details.issues).toEqual([
      { path: 'body.allowedIps.1', message: 'Must be an IPv4 or IPv6 address or a CIDR, such as 203.0.113.0/24.' },
    ]);
  });
});
