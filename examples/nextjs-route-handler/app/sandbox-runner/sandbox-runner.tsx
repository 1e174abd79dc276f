'use client';

import { isRunletError, RunletBrowser } from '@runlet/browser';
import { useMemo, useState } from 'react';

/** A page's Runlet client: client tokens from /api/runlet-token, never a secret key. */
export function SandboxRunner({ baseURL }: { baseURL?: string }) {
  const runlet = useMemo(
    () => new RunletBrowser({ tokenUrl: '/api/runlet-token', ...(baseURL ? { baseURL } : {}) }),
    [baseURL],
  );
  const [output, setOutput] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(command: string) {
    setBusy(true);
    try {
      const sandbox = await runlet.sandboxes.create({ image: 'runlet/python:3.12' });
      const result = await runlet.sandboxes.exec(sandbox.id, { command });
      setOutput(`${sandbox.id} exit ${result.exitCode}\n${result.stdout}${result.stderr}`);
      await runlet.sandboxes.delete(sandbox.id);
    } catch (error) {
      setOutput(isRunletError(error) ? `${error.name}: ${error.message}` : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      action={(form) => {
        void run(String(form.get('command') ?? ''));
      }}
    >
      <input name="command" defaultValue="echo hello from Next.js" size={40} />
      <button type="submit" disabled={busy}>
        Run
      </button>
      <pre>{output}</pre>
    </form>
  );
}
