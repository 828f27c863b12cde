import { vodErrors } from '../errors';

/** An integer parameter with its default and bounds; anything else is InvalidParameter. */
export function intParam(
  params: ReadonlyMap<string, string>,
  name: string,
  rule: { defaultValue: number; min: number; max: number },
): number {
  const raw = params.get(name);
  if (raw === undefined || raw === '') return rule.defaultValue;
  const value = /^-?\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isInteger(value) || value < rule.min || value > rule.max) {
    throw vodErrors.invalidParameter(
      `The specified parameter ${name} is not valid: expected an integer from ${rule.min} to ${rule.max}.`,
    );
  }
  return value;
}

/** A comma-separated list parameter: trimmed, empty pieces dropped, duplicates removed. */
export function listParam(params: ReadonlyMap<string, string>, name: string): string[] {
  const raw = params.get(name);
  if (raw === undefined) return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}
