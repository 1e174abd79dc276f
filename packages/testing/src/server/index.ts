export type { RunletMockServer, RunletMockServerOptions } from './start-runlet-mock-server.js';
export { startRunletMockServer } from './start-runlet-mock-server.js';
