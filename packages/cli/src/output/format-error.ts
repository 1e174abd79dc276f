import { APIConnectionError, APIError, ConfigFileError, MissingCredentialsError } from '@runlet/node';
import { UnreachableAPIError } from '../errors.js';
import { causeCode } from './cause-code.js';
import type { Style } from './create-style.js';
import { errorHint, requiredScopes } from './error-hint.js';

/**
 * An error as people read it on stderr: the message, then for an API error its code, status, request id
 * and details, and a line that says what to do. The caller redacts the text.
 */
export function formatError(error: unknown, style: Style): string {
  const lines = [`${style.red(style.bold('Error:'))} ${messageOf(error)}`];
  const detail = (label: string, value: string) => lines.push(`  ${style.dim(`${label}:`.padEnd(12))} ${value}`);
  const hint = (text: string | undefined) => {
    if (text !== undefined) lines.push(`  ${style.yellow('→')} ${text}`);
  };

  if (error instanceof APIError) {
    detail('code', `${error.code ?? '(none)'} (HTTP ${error.status})`);
    detail('request id', error.requestId ?? '(none)');
    const scopes = requiredScopes(error);
    if (scopes !== undefined) detail('needs scope', scopes);
    const issues = error.details?.issues;
    if (Array.isArray(issues)) {
      for (const issue of issues as { path?: unknown; message?: unknown }[]) {
        detail('problem', `${String(issue.path)}: ${String(issue.message)}`);
      }
    }
    hint(errorHint(error));
  } else if (error instanceof APIConnectionError || error instanceof UnreachableAPIError) {
    if (error instanceof UnreachableAPIError) detail('api', error.baseURL);
    const code = causeCode(error);
    if (code !== undefined) detail('cause', code);
    hint('Check the API address (`runlet config show`, --base-url, RUNLET_BASE_URL) and your network.');
  } else if (error instanceof MissingCredentialsError) {
    hint('`runlet config show` shows the profile and config file the CLI reads.');
  } else if (error instanceof ConfigFileError) {
    detail('file', error.path);
  }
  return lines.join('\n');
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
