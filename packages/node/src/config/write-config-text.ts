import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ConfigFileError } from './config-file-error.js';

/**
 * Replaces the config file atomically with mode 0600: the text goes to a temporary file in the same
 * directory, created 0600, flushed, then renamed over the file. Readers see the old file or the new one,
 * never half of one, and never a moment when it is readable by others. Missing directories are made 0700.
 */
export async function writeConfigText(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomUUID()}.tmp`);
  let created = false;
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const handle = await open(temp, 'wx', 0o600);
    created = true;
    try {
      // The umask may have taken bits away from 0o600; set exactly what the file must have.
      await handle.chmod(0o600);
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    if (created) await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ConfigFileError({
      path,
      message: `Could not write the Runlet config file ${path} (${code}).`,
      cause: error,
    });
  }
}
