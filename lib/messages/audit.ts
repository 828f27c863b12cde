/** audit texts (English). Keep every user-facing string of this area here. */
export const auditMessages = {} as const;
