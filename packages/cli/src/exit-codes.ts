/** The exit codes of `runlet`, documented in the README. */
export const EXIT_CODES = {
  /** The command did what was asked. */
  ok: 0,
  /** The API refused the request, or the network, the config file or the credentials failed. */
  failure: 1,
  /** The command line was wrong: unknown command or flag, missing or bad value. Nothing was sent. */
  usage: 2,
  /** The user cancelled a prompt (Ctrl-C). */
  cancelled: 130,
} as const;

/** One of `EXIT_CODES`: 0, 1, 2 or 130. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
