/** The line after a usage error: where to read the usage of `commandPath` (`runlet keys create`). */
export function usageHint(commandPath: string): string {
  return `(run \`${commandPath} --help\` for usage)`;
}
