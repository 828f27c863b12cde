/**
 * Fixed secrets of the test environment. The build and every test server use them, so a test can look for
 * them in the browser bundle and in responses (they must never appear there).
 */
export const E2E_AUTH_SECRET = 'e2e-auth-secret-2f1c9a7d4b8e6f3a0c5d9e2b7a4f1c8d';
export const E2E_ACCESS_KEY_ID = 'e2e-emulator-key-id';
export const E2E_ACCESS_KEY_SECRET = 'e2e-emulator-key-secret-8b3d1f6a9c2e5d7b';
