import { open } from 'node:fs/promises';
import { ConfigFileError } from './config-file-error.js';

/**
 * The config file's text and permission bits, read through one file handle so that the mode checked is
 * the mode of the file read; `undefined` when the file does not exist.
 */
export async function readConfigText(path: string): Promise<{ text: string; mode: number } | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(path, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new ConfigFileError({ path, message: `The Runlet config file ${path} is not a regular file.` });
    }
    return { text: await handle.readFile('utf8'), mode: stats.mode & 0o777 };
  } catch (error) {
    throw error instanceof ConfigFileError ? error : unreadable(path, error);
  } finally {
    await handle.close();
  }
}

function unreadable(path: string, cause: unknown): ConfigFileError {
  const code = (cause as NodeJS.ErrnoException).code ?? 'unknown error';
  return new ConfigFileError({ path, message: `Could not read the Runlet config file ${path} (${code}).`, cause });
}
