import { agentOperations } from './agents.js';
import { allowedIpOperations } from './allowed-ips.js';
import { keyLifecycleOperations } from './key-lifecycle.js';
import { keyUsageOperations } from './key-usage.js';
import { keyOperations } from './keys.js';
import { meOperations } from './me.js';
import type { OperationHandlers } from './operation.js';
import { sandboxOperations } from './sandboxes.js';
import { tokenOperations } from './tokens.js';

/** Every operation of the spec. */
export const operationHandlers: OperationHandlers = {
  ...meOperations,
  ...keyOperations,
  ...keyLifecycleOperations,
  ...allowedIpOperations,
  ...keyUsageOperations,
  ...tokenOperations,
  ...sandboxOperations,
  ...agentOperations,
};
