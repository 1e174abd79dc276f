/** The version of @runlet/browser; `npm run sync-versions` keeps it equal to package.json. */
export const VERSION = '0.1.0';
