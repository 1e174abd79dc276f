import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { addKeysAlertCommand } from './keys-alert.js';
import { addKeysCreateCommand } from './keys-create.js';
import { addKeysListCommand } from './keys-list.js';
import { addKeysRevokeCommand } from './keys-revoke.js';
import { addKeysRotateCommand } from './keys-rotate.js';
import { addKeysShowCommand } from './keys-show.js';
import { addKeysUpdateCommand } from './keys-update.js';
import { addKeysUsageCommand } from './keys-usage.js';

/** `runlet keys …`: every key operation. */
export function addKeysCommand(program: Command, io: CliIO): void {
  const keys = program.command('keys').description('list, create, change, rotate and revoke API keys');
  addKeysListCommand(keys, io);
  addKeysShowCommand(keys, io);
  addKeysCreateCommand(keys, io);
  addKeysUpdateCommand(keys, io);
  addKeysRotateCommand(keys, io);
  addKeysRevokeCommand(keys, io);
  addKeysUsageCommand(keys, io);
  addKeysAlertCommand(keys, io);
}
