/** JSON already parsed while the wrapped fetch checked the body, so ky's `parseJson` does not parse it again. */
export const parsedBodies = new WeakMap<Response, unknown>();
