/**
 * Waits until `condition` holds, checking every `everyMs`; a condition that throws counts as not yet (a
 * server may be restarting). Throws after `timeoutMs`, with the last error the condition threw.
 */
export async function until(
  condition: () => Promise<boolean>,
  timeoutMs = 20_000,
  everyMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await condition()) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(
        `condition not met within ${timeoutMs} ms`,
        lastError ? { cause: lastError } : undefined,
      );
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
