// Defines window and document on globalThis, so it has a file of its own.
import { afterEach, describe, expect, it } from 'vitest';
import { Runlet, RunletError } from '../src/index.js';

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.window;
  delete g.document;
});

describe('in a browser-like runtime', () => {
  it('refuses to construct, pointing at @runlet/browser', () => {
    g.window = {};
    g.document = {};
    expect(() => new Runlet({ apiKey: 'rl_test_whatever' })).toThrow(RunletError);
    expect(() => new Runlet()).toThrow(/@runlet\/browser.*createTokenHandler.*dangerouslyAllowBrowser/);
  });

  it('constructs with dangerouslyAllowBrowser', () => {
    g.window = {};
    g.document = {};
    expect(() => new Runlet({ dangerouslyAllowBrowser: true })).not.toThrow();
  });

  it('constructs normally in Node', () => {
    expect(() => new Runlet()).not.toThrow();
  });
});
