import type { SeedAgentInput } from '../runlet-backend.js';

/** The agents every fresh backend has (unless `seedAgents: false`), with fixed ids for tests and demos. */
export const DEFAULT_AGENTS: readonly Required<Omit<SeedAgentInput, 'createdAt'>>[] = [
  { id: 'agt_5d4c3b2a1f0e9d8c', name: 'triage', description: 'Sorts incoming issues.', model: 'runlet-large' },
  {
    id: 'agt_8e7f6a5b4c3d2e1f',
    name: 'summarizer',
    description: 'Summarises long texts in a few sentences.',
    model: 'runlet-small',
  },
  { id: 'agt_1a2b3c4d5e6f7a8b', name: 'echo', description: 'Answers with its input, for tests.', model: 'runlet-echo' },
];
