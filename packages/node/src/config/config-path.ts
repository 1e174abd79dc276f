import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where the Runlet config file is: `RUNLET_CONFIG_FILE`, else `$XDG_CONFIG_HOME/runlet/config.json`,
 * else `~/.config/runlet/config.json`. Empty variables count as unset, and a relative `XDG_CONFIG_HOME`
 * is ignored, as the XDG base directory spec says.
 */
export function configFilePath(env: Record<string, string | undefined>): string {
  const explicit = env.RUNLET_CONFIG_FILE;
  if (explicit) return resolve(explicit);
  const xdg = env.XDG_CONFIG_HOME;
  const configHome = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.config');
  return join(configHome, 'runlet', 'config.json');
}
