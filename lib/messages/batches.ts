/** batches texts (English). Keep every user-facing string of this area here. */
export const batchesMessages = {} as const;
