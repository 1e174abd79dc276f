/** The API root every client uses unless told otherwise (an option, `RUNLET_BASE_URL`, a config profile). */
export const DEFAULT_BASE_URL = 'https://api.runlet.dev';
