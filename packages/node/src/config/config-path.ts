import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

// Our own rule, not env-paths: that puts macOS under ~/Library/Preferences, which DESIGN.md rules out, and reads
// process.env rather than the `env` a client is given.
/**
 * Where the Runlet config file is: `RUNLET_CONFIG_FILE`, else `$XDG_CONFIG_HOME/runlet/config.json`, else
 * `~/.config/runlet/config.json` — on Windows `%APPDATA%\runlet\config.json` instead (as the GitHub CLI does).
 * Empty variables count as unset, and a relative `XDG_CONFIG_HOME` or `APPDATA` is ignored, as the XDG base
 * directory spec says. `platform` is `process.platform` unless given (for tests).
 */
export function configFilePath(
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
): string {
  const path = platform === 'win32' ? win32 : posix;
  const explicit = env.RUNLET_CONFIG_FILE;
  if (explicit) return path.resolve(explicit);
  const absolute = (dir: string | undefined) => (dir && path.isAbsolute(dir) ? dir : undefined);
  const home = (platform === 'win32' ? env.USERPROFILE : env.HOME) || homedir();
  const configHome =
    absolute(env.XDG_CONFIG_HOME) ??
    (platform === 'win32'
      ? (absolute(env.APPDATA) ?? path.join(home, 'AppData', 'Roaming'))
      : path.join(home, '.config'));
  return path.join(configHome, 'runlet', 'config.json');
}
