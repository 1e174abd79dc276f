import { ERROR_CODES, schemas } from '@runlet/types';
import { ApiError, validationError } from '../backend/api-error.js';
import type { Fault, RunletBackend, SeedAgentInput, SeedKeyInput, SeedSandboxInput } from '../runlet-backend.js';
import {
  asValidationError,
  boolean,
  type FieldCheck,
  fromSchema,
  integer,
  oneOf,
  readJsonObject,
  string,
} from './control-input.js';

/** Where the control API lives: no operation of the Runlet API starts with it. */
export const CONTROL_PREFIX = '/__runlet';

/** What a control endpoint answers: a status and a JSON body (none for 204). */
export interface ControlAnswer {
  status: number;
  json?: unknown;
}

interface Endpoint {
  method: string;
  path: string;
  run(backend: RunletBackend, bodyText: string): ControlAnswer | Promise<ControlAnswer>;
}

/** The largest |time| a `Date` holds, in ms since the epoch. */
const MAX_TIME = 8.64e15;
/** The longest delay `setTimeout` keeps. */
const MAX_DELAY = 2 ** 31 - 1;

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const method: FieldCheck = (value, path) =>
  typeof value === 'string' && TOKEN.test(value) ? [] : [{ path, message: 'Must be an HTTP method such as POST.' }];

const FAULT_FIELDS: Record<string, FieldCheck> = {
  kind: oneOf(['error', 'html', 'empty', 'reset', 'drop']),
  after: integer(0, Number.MAX_SAFE_INTEGER),
  status: integer(200, 599),
  code: oneOf(ERROR_CODES),
  message: string,
  retryAfter: integer(0, MAX_DELAY),
  times: integer(1, Number.MAX_SAFE_INTEGER),
  method,
  path: string,
  pathPattern: string,
  pathFlags: string,
  when: oneOf(['before', 'after']),
};

const KEY_FIELDS: Record<string, FieldCheck> = {
  name: fromSchema(schemas.ApiKey.shape.name),
  scopes: fromSchema(schemas.ApiKey.shape.scopes),
  profile: fromSchema(schemas.Profile),
  environment: fromSchema(schemas.Environment),
  tier: fromSchema(schemas.Tier),
  type: fromSchema(schemas.KeyType),
  requireSignature: boolean,
  allowedIps: fromSchema(schemas.ApiKey.shape.allowedIps),
  agentId: string,
  expiresAt: fromSchema(schemas.Timestamp),
  secret: string,
  signingSecret: string,
  persistent: boolean,
};

const AGENT_FIELDS: Record<string, FieldCheck> = {
  id: fromSchema(schemas.Agent.shape.id),
  name: string,
  description: string,
  model: string,
  createdAt: fromSchema(schemas.Timestamp),
};

const SANDBOX_FIELDS: Record<string, FieldCheck> = {
  id: fromSchema(schemas.Sandbox.shape.id),
  status: fromSchema(schemas.Sandbox.shape.status),
  image: string,
  timeoutSeconds: fromSchema(schemas.Sandbox.shape.timeoutSeconds),
  metadata: fromSchema(schemas.Sandbox.shape.metadata),
  createdAt: fromSchema(schemas.Timestamp),
  updatedAt: fromSchema(schemas.Timestamp),
};

const time: FieldCheck = (value, path) => {
  if (typeof value === 'string') return fromSchema(schemas.Timestamp)(value, path);
  return integer(-MAX_TIME, MAX_TIME)(value, path).length === 0
    ? []
    : [{ path, message: 'Must be ms since the epoch (a whole number) or an RFC 3339 date-time.' }];
};

const clockView = (backend: RunletBackend): ControlAnswer => {
  const now = backend.clock.now();
  return { status: 200, json: { now, iso: new Date(now).toISOString() } };
};

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: '', run: () => ({ status: 200, json: { endpoints: endpointNames() } }) },
  {
    method: 'POST',
    path: '/faults',
    run(backend, bodyText) {
      const input = readJsonObject(bodyText, FAULT_FIELDS);
      const fault = toFault(input);
      try {
        backend.failNext(fault);
      } catch (error) {
        throw asValidationError(error);
      }
      return { status: 201, json: { fault: input } };
    },
  },
  {
    method: 'PUT',
    path: '/latency',
    run(backend, bodyText) {
      const { ms } = readJsonObject(bodyText, { ms: integer(0, MAX_DELAY) }, ['ms']);
      backend.setLatency(ms as number);
      return { status: 200, json: { ms } };
    },
  },
  { method: 'GET', path: '/clock', run: clockView },
  {
    method: 'PUT',
    path: '/clock',
    run(backend, bodyText) {
      const { now } = readJsonObject(bodyText, { now: time }, ['now']);
      backend.clock.set(typeof now === 'string' ? Date.parse(now) : (now as number));
      return clockView(backend);
    },
  },
  {
    method: 'POST',
    path: '/clock/advance',
    run(backend, bodyText) {
      const { ms } = readJsonObject(bodyText, { ms: integer(-MAX_TIME, MAX_TIME) }, ['ms']);
      if (Math.abs(backend.clock.now() + (ms as number)) > MAX_TIME) {
        throw validationError([{ path: 'body.ms', message: 'Would move the clock past the range of dates.' }]);
      }
      backend.clock.advance(ms as number);
      return clockView(backend);
    },
  },
  {
    method: 'POST',
    path: '/keys',
    async run(backend, bodyText) {
      const input = readJsonObject(bodyText, KEY_FIELDS) as SeedKeyInput;
      try {
        return { status: 201, json: await backend.seedKey(input) };
      } catch (error) {
        throw asValidationError(error);
      }
    },
  },
  {
    method: 'POST',
    path: '/agents',
    run: (backend, bodyText) => ({
      status: 201,
      json: backend.seedAgent(readJsonObject(bodyText, AGENT_FIELDS) as SeedAgentInput),
    }),
  },
  {
    method: 'POST',
    path: '/sandboxes',
    run: (backend, bodyText) => ({
      status: 201,
      json: backend.seedSandbox(readJsonObject(bodyText, SANDBOX_FIELDS) as SeedSandboxInput),
    }),
  },
  {
    method: 'POST',
    path: '/reset',
    run(backend, bodyText) {
      readJsonObject(bodyText, {});
      backend.reset();
      return { status: 204 };
    },
  },
  { method: 'GET', path: '/requests', run: (backend) => ({ status: 200, json: { data: backend.requests } }) },
];

/** Whether a request path is for the control API (`/__runlet` and below). */
export function isControlPath(pathname: string): boolean {
  return pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`);
}

/** Runs one control request; wrong input throws `ApiError` (`VALIDATION_ERROR`, or `NOT_FOUND` for no endpoint). */
export async function answerControl(
  backend: RunletBackend,
  method: string,
  pathname: string,
  bodyText: string,
): Promise<ControlAnswer> {
  const path = pathname.slice(CONTROL_PREFIX.length);
  const onPath = ENDPOINTS.filter((endpoint) => endpoint.path === path);
  const endpoint = onPath.find((candidate) => candidate.method === method);
  if (!endpoint) {
    const accepts = onPath.map((candidate) => candidate.method).join(', ');
    throw new ApiError(
      'NOT_FOUND',
      accepts
        ? `${method} ${pathname} is not an endpoint of the control API; this path accepts ${accepts}.`
        : `No endpoint of the control API matches ${method} ${pathname}. It has: ${endpointNames().join(', ')}.`,
    );
  }
  return endpoint.run(backend, bodyText);
}

function endpointNames(): string[] {
  return ENDPOINTS.map((endpoint) => `${endpoint.method} ${CONTROL_PREFIX}${endpoint.path}`);
}

/** A JSON fault as `failNext` takes it: `pathPattern` (and `pathFlags`) become the RegExp `path`. */
function toFault(input: Record<string, unknown>): Fault {
  const { pathPattern, pathFlags, ...fault } = input;
  if (pathPattern === undefined) {
    if (pathFlags !== undefined) {
      throw validationError([{ path: 'body.pathFlags', message: 'Only goes with pathPattern.' }]);
    }
    return fault as Fault;
  }
  if (fault.path !== undefined) {
    throw validationError([{ path: 'body.pathPattern', message: 'Give path or pathPattern, not both.' }]);
  }
  try {
    return { ...fault, path: new RegExp(pathPattern as string, (pathFlags as string | undefined) ?? '') } as Fault;
  } catch (error) {
    throw validationError([
      { path: pathFlags === undefined ? 'body.pathPattern' : 'body', message: (error as Error).message },
    ]);
  }
}
