import { type ApiOperationId, apiOperations } from '@runlet/types';
import { ApiError } from './api-error.js';

interface Route {
  operationId: ApiOperationId;
  method: string;
  pattern: RegExp;
  paramNames: string[];
}

export interface RouteMatch {
  operationId: ApiOperationId;
  params: Record<string, string>;
}

const routes: Route[] = Object.values(apiOperations).map((operation) => {
  const paramNames: string[] = [];
  const source = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    paramNames.push(name);
    return '([^/]+)';
  });
  return {
    operationId: operation.operationId,
    method: operation.method,
    pattern: new RegExp(`^${source}$`),
    paramNames,
  };
});

/** The operation of `METHOD pathname`, with its path parameters URL-decoded; `NOT_FOUND` when there is none. */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const onPath = routes.filter((route) => route.pattern.test(pathname));
  const route = onPath.find((candidate) => candidate.method === method);
  if (!route) {
    const accepts = onPath.map((candidate) => candidate.method).join(', ');
    throw new ApiError(
      'NOT_FOUND',
      accepts
        ? `${method} ${pathname} is not an operation of the Runlet API; this path accepts ${accepts}.`
        : `No operation of the Runlet API matches ${method} ${pathname}.`,
    );
  }
  const values = route.pattern.exec(pathname)?.slice(1) ?? [];
  const params: Record<string, string> = {};
  for (const [index, name] of route.paramNames.entries()) {
    try {
      params[name] = decodeURIComponent(values[index] ?? '');
    } catch {
      throw new ApiError('NOT_FOUND', `The path parameter ${name} is not valid URL encoding.`);
    }
  }
  return { operationId: route.operationId, params };
}
