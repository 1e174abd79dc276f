import { afterEach, expect } from 'vitest';
import { takeTrackedProblems } from './api.js';

// Every response of every tracked backend is checked against the spec once each test is over.
afterEach(() => {
  expect(takeTrackedProblems()).toEqual([]);
});
