import { principalView } from '../backend/views.js';
import type { OperationHandlers } from './operation.js';

export const meOperations: Pick<OperationHandlers, 'getMe'> = {
  getMe: ({ principal }) => ({ status: 200, body: principalView(principal.key, principal.token) }),
};
