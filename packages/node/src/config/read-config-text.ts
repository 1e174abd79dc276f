import type { Stats } from 'node:fs';
import { constants, open } from 'node:fs/promises';
import { ConfigFileError } from './config-file-error.js';

// O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, forever. Windows has no such flag.
const READ_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The config file's text and permission bits, read through one file handle so that the mode and type checked
 * are those of the file read; `undefined` when the file does not exist. Anything but a regular file (a FIFO, a
 * device, a directory) is refused before a byte is read.
 */
export async function readConfigText(path: string): Promise<{ text: string; mode: number } | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, READ_WITHOUT_WAITING);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw unreadable(path, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new ConfigFileError({
        path,
        message:
          `The Runlet config file ${path} is ${fileType(stats)}, not a regular file, so it is not read: ` +
          'put a JSON file there, or set RUNLET_CONFIG_FILE to one.',
      });
    }
    return { text: await handle.readFile('utf8'), mode: stats.mode & 0o777 };
  } catch (error) {
    throw error instanceof ConfigFileError ? error : unreadable(path, error);
  } finally {
    await handle.close();
  }
}

function fileType(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'something else';
}

function unreadable(path: string, cause: unknown): ConfigFileError {
  const code = (cause as NodeJS.ErrnoException).code ?? 'unknown error';
  return new ConfigFileError({ path, message: `Could not read the Runlet config file ${path} (${code}).`, cause });
}
