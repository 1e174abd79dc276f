// A server-side script: credentials from the environment, a key for a worker, a sandbox run with that key.
import { Runlet } from '@runlet/node';

// Reads RUNLET_API_KEY and RUNLET_BASE_URL (or the profile `runlet setup` wrote); the key needs keys:manage.
const runlet = new Runlet();

const me = await runlet.me();
console.log(`signed in as ${me.name} (${me.environment}) with scopes ${me.scopes.join(', ')}`);

// A key for a worker that may only use sandboxes; its secret is returned once, here.
const worker = await runlet.keys.create({ name: 'example-worker', profile: 'sandbox-user', type: 'service' });
console.log(`created ${worker.id} (${worker.name}) with scopes ${worker.scopes.join(', ')}`);

try {
  // What the worker would do with its own key: run a command in a fresh sandbox, then delete it.
  const asWorker = runlet.withOptions({ apiKey: worker.secret });
  const sandbox = await asWorker.sandboxes.create({ image: 'runlet/python:3.12', metadata: { job: 'example' } });
  console.log(`sandbox ${sandbox.id} is ${sandbox.status}`);
  const result = await asWorker.sandboxes.exec(sandbox.id, {
    command: 'echo hello from $WHO',
    env: { WHO: 'a sandbox' },
  });
  console.log(`exit ${result.exitCode}: ${result.stdout.trim()}`);
  await asWorker.sandboxes.delete(sandbox.id);

  let count = 0;
  for await (const key of runlet.keys.list()) if (key.status === 'active') count++;
  console.log(`${count} active keys`);
} finally {
  await runlet.keys.revoke(worker.id);
  console.log(`revoked ${worker.id}`);
}
