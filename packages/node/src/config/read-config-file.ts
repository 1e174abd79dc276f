import { ConfigFileError } from './config-file-error.js';
import { parseConfigFile, type RunletConfigFile } from './parse-config-file.js';
import { readConfigText } from './read-config-text.js';

/**
 * Reads and checks the config file; `undefined` when it does not exist. Throws `ConfigFileError` when the
 * file is accessible by group or others (it holds secrets: fix with `chmod 600`), is not valid JSON, or has
 * the wrong shape.
 */
export async function readConfigFile(path: string): Promise<RunletConfigFile | undefined> {
  const file = await readConfigText(path);
  if (file === undefined) return undefined;
  // Windows has no POSIX permission bits to check: stat reports 0o666 for every writable file.
  if (process.platform !== 'win32' && (file.mode & 0o077) !== 0) {
    throw new ConfigFileError({
      path,
      message:
        `The Runlet config file ${path} holds secrets but is accessible by group or others ` +
        `(mode ${file.mode.toString(8).padStart(3, '0')}), so it is refused. Run: chmod 600 ${shellQuote(path)}`,
    });
  }
  return parseConfigFile(file.text, path);
}

function shellQuote(path: string): string {
  return /^[\w@%+=:,./~-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}
