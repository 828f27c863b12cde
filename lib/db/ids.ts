/** A UUID in its canonical text form, any case: what PostgreSQL's uuid type accepts from the app. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID, so it can be compared with a uuid column without a database error. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
