import { cookies } from 'next/headers';
import { SandboxRunner } from './sandbox-runner/sandbox-runner';

export default async function Page() {
  // Read at request time: the API's URL is only needed when it is not https://api.runlet.dev (the default).
  await cookies();
  const baseURL = process.env.RUNLET_BASE_URL;
  return (
    <main>
      <h1>Run a command in a Runlet sandbox</h1>
      <SandboxRunner {...(baseURL ? { baseURL } : {})} />
    </main>
  );
}
