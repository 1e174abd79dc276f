const TOKEN = /\brl_(live|test|ct|sig)_([0-9A-Za-z]+)/g;

/** Text with every Runlet token shortened to its prefix and last four characters: `rl_live_…k2m9`. */
export function redactSecrets(text: string): string {
  return text.replace(TOKEN, (_, kind: string, body: string) => `rl_${kind}_…${body.slice(-4)}`);
}
