// What a typical page imports: a client from a token URL, a list, a command, error handling.
import { isRunletError, RunletBrowser } from '@runlet/browser';

const runlet = new RunletBrowser({ tokenUrl: '/api/runlet-token' });
try {
  for await (const sandbox of runlet.sandboxes.list()) console.log(sandbox.id);
  console.log(await runlet.sandboxes.exec('sbx_1', { command: 'ls' }));
} catch (error) {
  if (isRunletError(error)) console.error(error.message);
}
