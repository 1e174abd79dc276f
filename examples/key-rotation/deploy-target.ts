// A stand-in for where your service reads its key: here a .env file; in production a secret manager
// (AWS Secrets Manager, Vault, a Kubernetes Secret) followed by a restart or a config reload.
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Where the service's RUNLET_API_KEY is deployed. */
export interface DeployTarget {
  /** The deployed key, or `undefined` before the first deploy. */
  read(): Promise<string | undefined>;
  /** Deploys a key: the file is replaced at once (write, then rename) and readable by its owner only. */
  deploy(secret: string): Promise<void>;
}

export function fileDeployTarget(file: string): DeployTarget {
  return {
    async read() {
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return '';
        throw error;
      });
      return /^RUNLET_API_KEY=(\S+)$/m.exec(text)?.[1];
    },
    async deploy(secret) {
      await mkdir(dirname(file), { recursive: true });
      const next = `${file}.next`;
      await writeFile(next, `RUNLET_API_KEY=${secret}\n`, { mode: 0o600 });
      await chmod(next, 0o600);
      await rename(next, file);
    },
  };
}
