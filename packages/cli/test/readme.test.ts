import { readFile } from 'node:fs/promises';
import { ERROR_CODES } from '@runlet/types';
import { describe, expect, it } from 'vitest';

// The `code` of a --json error when the API gave none: the name of the error the CLI ended with.
const ERROR_NAMES = [
  'AuthenticationError',
  'PermissionDeniedError',
  'NotFoundError',
  'ConflictError',
  'ValidationError',
  'RateLimitError',
  'InternalServerError',
  'APIError',
  'UnreachableAPIError',
  'ResponseValidationError',
  'ResponseTooLargeError',
  'MissingCredentialsError',
  'ConfigFileError',
  'InvalidBaseURLError',
  'RunFailedError',
  'Error',
];

describe('the README', () => {
  it('documents every code a --json error can carry, with the api and cause fields', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### JSON errors'), readme.indexOf('## Exit codes'));

    for (const code of [...ERROR_CODES, ...ERROR_NAMES]) expect(section, code).toContain(`\`${code}\``);
    expect(section).toContain('`api` (the base URL tried)');
    expect(section).toContain('`cause` (the system error');
  });
});
