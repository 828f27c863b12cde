/**
 * Remembers signature nonces for at least `retentionMs` (and at most twice that) in two rotating
 * generations, so every check is O(1) and memory is freed without a timer.
 */
export class NonceCache {
  private current = new Set<string>();
  private previous = new Set<string>();
  private rotatedAt: number;

  constructor(
    private readonly retentionMs: number,
    now: number = Date.now(),
  ) {
    this.rotatedAt = now;
  }

  /** Records the nonce; false when it was already seen within the retention window. */
  claim(nonce: string, now: number = Date.now()): boolean {
    if (now - this.rotatedAt >= this.retentionMs) {
      this.previous = now - this.rotatedAt >= 2 * this.retentionMs ? new Set() : this.current;
      this.current = new Set();
      this.rotatedAt = now;
    }
    if (this.current.has(nonce) || this.previous.has(nonce)) return false;
    this.current.add(nonce);
    return true;
  }
}
