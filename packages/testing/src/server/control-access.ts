import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { ApiError } from '../backend/api-error.js';
import { peerAddress } from './node-request.js';

/** Whether an address is this machine's: `127.0.0.0/8` or `::1`, also IPv4-mapped (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const ipv4 = address.replace(/^::ffff:/i, '');
  if (isIP(ipv4) === 4) return ipv4.startsWith('127.');
  return isIP(address) === 6 && /^(0{0,4}:){2,7}0{0,3}1$/.test(address);
}

/**
 * Refuses a control request unless it comes from this machine: the socket's peer address is loopback (never
 * `X-Forwarded-For`, even with `trustProxy`), `Host` is an IP or `localhost` (a DNS-rebinding page sends its own
 * name), and there is no `Origin` (a web page you visit cannot drive the mock).
 */
export function assertControlAccess(incoming: IncomingMessage): void {
  const peer = peerAddress(incoming);
  if (!isLoopbackAddress(peer)) {
    throw new ApiError(
      'FORBIDDEN',
      `The control API answers only requests from this machine (loopback); this one came from ${peer ?? 'an unknown address'}.`,
    );
  }
  const host = (incoming.headers.host ?? '').replace(/:\d*$/, '').replace(/^\[(.*)\]$/, '$1');
  if (host !== '' && isIP(host) === 0 && host !== 'localhost' && !host.endsWith('.localhost')) {
    throw new ApiError('FORBIDDEN', 'The control API answers only Host: localhost or an IP address.');
  }
  if (incoming.headers.origin !== undefined) {
    throw new ApiError('FORBIDDEN', 'The control API refuses requests from web pages (with an Origin header).');
  }
}
