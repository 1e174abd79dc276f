// `npm run conformance`: the SDK and the reference backend checked against the spec by an independent implementation,
// Prism (installed here, apart from the workspace: see README.md, "Conformance"). Three Prism servers on 127.0.0.1:
//   1. `prism mock` (static examples)          ← @runlet/node calls every operation
//   2. `prism mock --dynamic --seed runlet`    ← the same walk, three rounds of generated data
//   3. `prism proxy --errors` → @runlet/testing ← the same walk plus error cases (invalid requests included: the
//      proxy leaves request validation to the mocks), every answer validated by Prism
// Every Prism violation (`sl-violations`, or an error response under `--errors`) and every SDK error fails the run.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Runlet } from '@runlet/node';
import { startRunletMockServer } from '@runlet/testing/server';
import { createToken } from '@runlet/types';
import { type Failure, walkErrors, walkEveryOperation } from './walk.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const specPath = join(root, 'openapi/runlet.yaml');
const prismBin = join(here, 'node_modules/.bin/prism');
const started = performance.now();

if (!existsSync(prismBin)) {
  console.log('conformance: installing Prism into scripts/conformance (once)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}

/**
 * The spec Prism's dynamic mode generates from: Prism's generator ignores `maxProperties` on `Metadata` (it makes
 * objects with more than 20 pairs, which the SDK rightly refuses), so the mock's copy names two optional pairs and
 * allows no others. Every object it can generate is valid under the real schema: narrower, never looser.
 */
function dynamicSpec(): string {
  // The workspace's yaml, not the older copy Prism brought into scripts/conformance/node_modules.
  const { parse } = createRequire(join(root, 'package.json'))('yaml') as {
    parse(text: string): { components: { schemas: Record<string, object> } };
  };
  const spec = parse(readFileSync(specPath, 'utf8'));
  const value = { type: 'string', maxLength: 500 };
  spec.components.schemas.Metadata = {
    ...spec.components.schemas.Metadata,
    additionalProperties: false,
    properties: { team: value, purpose: value },
  };
  const dir = mkdtempSync(join(tmpdir(), 'runlet-conformance-'));
  const text = JSON.stringify(spec).replaceAll('"./examples/', `"${join(root, 'openapi/examples')}/`);
  writeFileSync(join(dir, 'runlet.json'), text);
  return join(dir, 'runlet.json');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const children: ChildProcess[] = [];
async function startPrism(name: string, args: string[]): Promise<string> {
  const port = await freePort();
  const child = spawn(prismBin, [...args, '-h', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 45 s:\n${log}`)), 45_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}:\n${log}`)));
  });
}

/** A fetch that records every Prism violation header (`sl-violations`) of the responses it passes on. */
function watchingFetch(where: string, failures: Failure[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const violations = response.headers.get('sl-violations');
    if (violations) {
      const request = new Request(input, init);
      failures.push({ where, call: `${request.method} ${new URL(request.url).pathname}`, problem: violations });
    }
    return response;
  };
}

const failures: Failure[] = [];
const reference = await startRunletMockServer();
const [staticURL, dynamicURL, proxyURL] = await Promise.all([
  startPrism('prism mock', ['mock', specPath, '--errors']),
  startPrism('prism mock --dynamic', ['mock', dynamicSpec(), '--dynamic', '--seed', 'runlet', '--errors']),
  // Requests are not validated here (the mocks do that), so that invalid ones reach the backend and its answers
  // to them are checked against the spec.
  startPrism('prism proxy', ['proxy', specPath, reference.url, '--errors', '--validate-request=false']),
]);
const client = (where: string, baseURL: string, apiKey: string) =>
  new Runlet({ apiKey, baseURL, maxRetries: 0, fetch: watchingFetch(where, failures), env: {}, logLevel: 'off' });

try {
  const mockKey = createToken('rl_test_');
  const counts: Record<string, number> = {};
  counts['prism mock'] = await walkEveryOperation('prism mock', client('prism mock', staticURL, mockKey), failures);
  for (let round = 1; round <= 3; round++) {
    const where = `prism mock --dynamic (round ${round})`;
    counts[where] = await walkEveryOperation(where, client(where, dynamicURL, mockKey), failures);
  }
  const proxied = client('prism proxy', proxyURL, reference.adminKey);
  counts['prism proxy → @runlet/testing'] = await walkEveryOperation('prism proxy', proxied, failures);
  const { secret: readOnly } = await reference.backend.seedKey({ profile: 'read-only' });
  counts['prism proxy → @runlet/testing, errors'] = await walkErrors(
    'prism proxy',
    proxied,
    client('prism proxy', proxyURL, readOnly),
    failures,
  );
  for (const [where, calls] of Object.entries(counts)) console.log(`conformance: ${where}: ${calls} calls`);
} finally {
  for (const child of children) child.kill();
  await reference.close();
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  for (const { where, call, problem } of failures) console.error(`✘ ${where}: ${call}: ${problem}`);
  console.error(`conformance: ${failures.length} violation(s) in ${seconds} s`);
  process.exit(1);
}
console.log(`conformance: no violations (Prism mock static, dynamic ×3, proxy --errors) in ${seconds} s`);
