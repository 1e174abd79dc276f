#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startRunletMockServer } from '../server/start-runlet-mock-server.js';

const USAGE = `Usage: runlet-mock serve [--port 4010] [--host 127.0.0.1] [--admin-key rl_test_…] [--trust-proxy]

Serves a stateful mock of the Runlet API (every operation, with the platform's rules) until
Ctrl-C. It prints its URL and an admin key with every scope. Its controls (faults, latency,
clock, seeding, reset, request log) are JSON endpoints under /__runlet, for clients on this
machine only: curl http://127.0.0.1:4010/__runlet lists them.

Options:
  --port <n>          port to listen on; 0 picks a free one (default 4010)
  --host <host>       address to listen on (default 127.0.0.1)
  --admin-key <key>   the admin key's secret, a well-formed rl_test_/rl_live_ key
                      (default: $RUNLET_MOCK_ADMIN_KEY, else a new random test key)
  --trust-proxy       take the client address from X-Forwarded-For
  -h, --help          show this help`;

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`runlet-mock: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'serve') {
    console.error(`runlet-mock: expected the command "serve".\n\n${USAGE}`);
    return 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`runlet-mock: --port must be a whole number from 0 to 65535, not "${values.port}".`);
    return 2;
  }
  const adminKey = values['admin-key'] ?? process.env.RUNLET_MOCK_ADMIN_KEY;
  let server: Awaited<ReturnType<typeof startRunletMockServer>>;
  try {
    server = await startRunletMockServer({
      port,
      host: values.host,
      trustProxy: values['trust-proxy'],
      ...(adminKey ? { adminKey } : {}),
    });
  } catch (error) {
    console.error(`runlet-mock: could not start: ${(error as Error).message}`);
    return 1;
  }
  // Listen for the signals before printing: whoever waits for the output may stop us at once.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log(`Runlet mock API listening on ${server.url}`);
  console.log(`Admin key: ${server.adminKey}`);
  console.log(`Signing secret: ${server.signingSecret}`);
  console.log(`Try: curl -H "Authorization: Bearer ${server.adminKey}" ${server.url}/v1/me`);
  console.log(`Control API (this machine only): ${server.url}/__runlet`);
  await stopped;
  await server.close();
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'admin-key': { type: 'string' },
      'trust-proxy': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

process.exitCode = await main(process.argv.slice(2));
