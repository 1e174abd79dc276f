// The page: a RunletBrowser that gets client tokens from /api/runlet-token, never a secret key.
import { isRunletError, RunletBrowser } from '@runlet/browser';

const config = (await (await fetch('/api/runlet-config')).json()) as { baseURL: string | null };
const runlet = new RunletBrowser({
  tokenUrl: '/api/runlet-token',
  ...(config.baseURL ? { baseURL: config.baseURL } : {}),
});

const button = document.querySelector<HTMLButtonElement>('#run');
const output = document.querySelector<HTMLElement>('#output');
if (!button || !output) throw new Error('index.html lacks #run or #output');
const command = document.querySelector<HTMLInputElement>('#command');

button.addEventListener('click', async () => {
  button.disabled = true;
  output.textContent = 'starting a sandbox…';
  try {
    const sandbox = await runlet.sandboxes.create({ image: 'runlet/python:3.12' });
    const result = await runlet.sandboxes.exec(sandbox.id, { command: command?.value || 'echo hello' });
    output.textContent = `${sandbox.id} exit ${result.exitCode}\n${result.stdout}${result.stderr}`;
    await runlet.sandboxes.delete(sandbox.id);
  } catch (error) {
    output.textContent = isRunletError(error) ? `${error.name}: ${error.message}` : String(error);
  } finally {
    button.disabled = false;
  }
});
button.disabled = false;
