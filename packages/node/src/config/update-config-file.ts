import { realpath } from 'node:fs/promises';
import { parseConfigFile, type RunletConfigFile } from './parse-config-file.js';
import { readConfigText } from './read-config-text.js';
import { writeConfigText } from './write-config-text.js';

/**
 * Reads the config file whatever its permissions (a rewrite is how they get fixed), lets `change` edit it,
 * and writes it back atomically with mode 0600 unless `change` returns `false`. A file that is not valid
 * is left alone (`ConfigFileError`) rather than overwritten. A symlinked file is written through the link.
 */
export async function updateConfigFile(path: string, change: (config: RunletConfigFile) => boolean): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const existing = await readConfigText(target);
  const config = existing === undefined ? { profiles: {} } : parseConfigFile(existing.text, path);
  if (change(config)) await writeConfigText(target, `${JSON.stringify(config, null, 2)}\n`);
}
