import { PassThrough } from 'node:stream';
import { type RunletMockServer, startRunletMockServer } from '@runlet/testing/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIO, EXIT_CODES, run } from '../src/index.js';

const ECHO = 'agt_1a2b3c4d5e6f7a8b';
let mock: RunletMockServer;

beforeAll(async () => {
  mock = await startRunletMockServer({ port: 0 });
});
afterAll(() => mock.close());

async function runInProcess(argv: string[]) {
  const [stdin, stdout, stderr] = [new PassThrough(), new PassThrough(), new PassThrough()];
  stdin.end();
  const output = { stdout: '', stderr: '' };
  stdout.on('data', (chunk) => {
    output.stdout += chunk;
  });
  stderr.on('data', (chunk) => {
    output.stderr += chunk;
  });
  const env = {
    NO_COLOR: '1',
    RUNLET_CONFIG_FILE: '/nonexistent/runlet.json',
    RUNLET_API_KEY: mock.adminKey,
    RUNLET_BASE_URL: mock.url,
  };
  const io: CliIO = { stdin, stdout, stderr, env };
  const code = await run(argv, io);
  return { code, ...output };
}

describe('runlet agents run --follow and runlet runs watch', { timeout: 30_000 }, () => {
  it('prints the output as it arrives, and the start and end as notes on stderr', async () => {
    const result = await runInProcess(['agents', 'run', ECHO, '--input', 'hello streaming world', '--follow']);
    expect(result.code, result.stderr).toBe(EXIT_CODES.ok);
    expect(result.stdout).toBe('hello streaming world\n');
    expect(result.stderr).toMatch(/^run run_\w+ started$/m);
    expect(result.stderr).toMatch(/^run run_\w+ succeeded$/m);
  });

  it('--json prints one JSON object a line, ending with run.completed', async () => {
    const result = await runInProcess(['agents', 'run', ECHO, '--input', 'one two', '--follow', '--json']);
    expect(result.code, result.stderr).toBe(EXIT_CODES.ok);
    const events = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events[0]).toMatchObject({ type: 'run.started', agentId: ECHO });
    expect(events.at(-1)).toMatchObject({ type: 'run.completed', run: { status: 'succeeded', output: 'one two' } });
    const deltas = events.filter((e) => e.type === 'run.output').map((e) => e.delta);
    expect(deltas.join('')).toBe('one two');
  });

  it('runs watch replays a run that has ended, and exits 1 when it failed', async () => {
    const started = await runInProcess(['agents', 'run', ECHO, '--input', 'fail:boom', '--json']);
    expect(started.code, started.stderr).toBe(EXIT_CODES.ok);
    const { id } = JSON.parse(started.stdout);
    const watched = await runInProcess(['runs', 'watch', id]);
    expect(watched.code).toBe(EXIT_CODES.failure);
    expect(watched.stderr).toMatch(new RegExp(`run ${id} failed: agent_error`));
  });

  it('agents run without --input is a usage error, and nothing is sent', async () => {
    const before = mock.backend.requests.length;
    const result = await runInProcess(['agents', 'run', ECHO]);
    expect(result.code).toBe(EXIT_CODES.usage);
    expect(result.stderr).toContain('--input is required');
    expect(mock.backend.requests.length).toBe(before);
  });
});
