/**
 * The organiser token every test server runs with, in a file of its own so a helper that starts
 * server processes (node-process.ts) need not load the whole in-process server to know it.
 */
export const ORGANISER_TOKEN = 'test-organiser-token-0123456789';
