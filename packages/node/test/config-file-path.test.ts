import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFilePath } from '../src/index.js';

describe('configFilePath', () => {
  it('uses RUNLET_CONFIG_FILE first', () => {
    expect(configFilePath({ RUNLET_CONFIG_FILE: '/etc/runlet.json', XDG_CONFIG_HOME: '/xdg', HOME: '/home/ada' })).toBe(
      '/etc/runlet.json',
    );
  });

  it('resolves a relative RUNLET_CONFIG_FILE against the working directory', () => {
    expect(configFilePath({ RUNLET_CONFIG_FILE: 'runlet.json' })).toBe(resolve('runlet.json'));
  });

  it('uses $XDG_CONFIG_HOME/runlet/config.json next', () => {
    expect(configFilePath({ XDG_CONFIG_HOME: '/xdg', HOME: '/home/ada' })).toBe('/xdg/runlet/config.json');
  });

  it('falls back to ~/.config/runlet/config.json with HOME from the environment', () => {
    expect(configFilePath({ HOME: '/home/ada' })).toBe('/home/ada/.config/runlet/config.json');
  });

  it('uses the OS home directory when HOME is unset', () => {
    expect(configFilePath({})).toBe(join(homedir(), '.config', 'runlet', 'config.json'));
  });

  it('treats empty variables as unset and ignores a relative XDG_CONFIG_HOME', () => {
    expect(configFilePath({ RUNLET_CONFIG_FILE: '', XDG_CONFIG_HOME: '', HOME: '/home/ada' })).toBe(
      '/home/ada/.config/runlet/config.json',
    );
    expect(configFilePath({ XDG_CONFIG_HOME: 'relative/xdg', HOME: '/home/ada' })).toBe(
      '/home/ada/.config/runlet/config.json',
    );
  });
});

describe('configFilePath on Windows', () => {
  it('uses %APPDATA%\\runlet\\config.json instead of ~/.config', () => {
    expect(configFilePath({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\runlet\\config.json',
    );
  });

  it('falls back to AppData\\Roaming under USERPROFILE when APPDATA is unset, empty or relative', () => {
    for (const APPDATA of [undefined, '', 'Roaming']) {
      expect(configFilePath({ APPDATA, USERPROFILE: 'C:\\Users\\ada' }, 'win32')).toBe(
        'C:\\Users\\ada\\AppData\\Roaming\\runlet\\config.json',
      );
    }
  });

  it('still puts RUNLET_CONFIG_FILE and an absolute XDG_CONFIG_HOME first', () => {
    const env = { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming', XDG_CONFIG_HOME: 'D:\\xdg' };
    expect(configFilePath(env, 'win32')).toBe('D:\\xdg\\runlet\\config.json');
    expect(configFilePath({ ...env, RUNLET_CONFIG_FILE: 'E:\\runlet.json' }, 'win32')).toBe('E:\\runlet.json');
  });

  it('keeps ~/.config on macOS and Linux, whatever APPDATA says', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      expect(configFilePath({ HOME: '/home/ada', APPDATA: 'C:\\x' }, platform)).toBe(
        '/home/ada/.config/runlet/config.json',
      );
    }
  });
});
