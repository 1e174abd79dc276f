import type { AgentRecord } from './store.js';

export type AgentOutcome = { output: string; error: null } | { output: null; error: string };

const FAIL_PREFIX = 'fail:';

/**
 * What a run answers, deterministically: the `echo` agent returns its input; the others describe what they
 * read. An input that starts with `fail:` makes the run fail with the rest as its error.
 */
export function agentOutcome(agent: AgentRecord, input: string): AgentOutcome {
  if (input.toLowerCase().startsWith(FAIL_PREFIX)) {
    const reason = input.slice(FAIL_PREFIX.length).trim();
    return { output: null, error: reason === '' ? 'The agent failed.' : reason };
  }
  if (agent.model === 'runlet-echo') return { output: input, error: null };
  const words = input.split(/\s+/).filter(Boolean).length;
  const excerpt = input.length > 80 ? `${input.slice(0, 77)}...` : input;
  return {
    output: `${agent.name} (${agent.model}) read ${words} word${words === 1 ? '' : 's'}: "${excerpt}"`,
    error: null,
  };
}
