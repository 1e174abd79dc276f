/** JSON the wrapped fetch already parsed while checking a body, by the request it answered, for ky's `parseJson`. */
export const parsedBodies = new WeakMap<Request, unknown>();
