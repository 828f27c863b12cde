/** auth texts (English). Keep every user-facing string of this area here. */
export const authMessages = {} as const;
