import { LIMITS } from '@/lib/edits/limits';
import type { WireVideo } from '@/lib/vod-wire/shapes';
import type { Library } from '../store/library';
import { normalizeWireTime } from '../time';
import { type MatchNode, MatchSyntaxError, type MatchValue } from './match-parser';

/** A Match statement ready to run against any library. */
export interface CompiledMatch {
  test(library: Library, slot: number): boolean;
  /** When the statement pins VideoIds, only these can match: a lookup replaces the scan. */
  candidates: readonly string[] | null;
}

type Predicate = (library: Library, slot: number) => boolean;
type FieldKind = 'exact' | 'fuzzy' | 'tags' | 'number' | 'time' | 'numberRange';

// Which fields Match supports for videos and how each compares (docs/vod-api.md §5).
const FIELDS: Readonly<Record<string, { kind: FieldKind; key: keyof WireVideo }>> = {
  videoid: { kind: 'exact', key: 'VideoId' },
  appid: { kind: 'exact', key: 'AppId' },
  status: { kind: 'exact', key: 'Status' },
  storagelocation: { kind: 'exact', key: 'StorageLocation' },
  cateid: { kind: 'number', key: 'CateId' },
  title: { kind: 'fuzzy', key: 'Title' },
  description: { kind: 'fuzzy', key: 'Description' },
  tags: { kind: 'tags', key: 'Tags' },
  creationtime: { kind: 'time', key: 'CreationTime' },
  modificationtime: { kind: 'time', key: 'ModificationTime' },
  size: { kind: 'numberRange', key: 'Size' },
  duration: { kind: 'numberRange', key: 'Duration' },
};

/** Turns a parsed Match into a predicate; throws MatchSyntaxError for unsupported fields or values. */
export function compileMatch(node: MatchNode): CompiledMatch {
  return { test: compileNode(node), candidates: candidatesOf(node) };
}

function compileNode(node: MatchNode): Predicate {
  switch (node.kind) {
    case 'and': {
      const parts = node.parts.map(compileNode);
      return (library, slot) => parts.every((part) => part(library, slot));
    }
    case 'or': {
      const parts = node.parts.map(compileNode);
      return (library, slot) => parts.some((part) => part(library, slot));
    }
    case 'eq':
      return compileValues(node.field, [node.value]);
    case 'in':
      if (fieldOf(node.field).key === 'VideoId' && node.values.length > LIMITS.searchVideoIdsPerClause) {
        throw new MatchSyntaxError(`VideoId in (...) takes at most ${LIMITS.searchVideoIdsPerClause} values`);
      }
      return compileValues(node.field, node.values);
    case 'range':
      return compileRange(node);
  }
}

function fieldOf(name: string): { kind: FieldKind; key: keyof WireVideo } {
  const field = FIELDS[name.toLowerCase()];
  if (!field) throw new MatchSyntaxError(`The field ${name} is not supported`);
  return field;
}

function compileValues(name: string, values: readonly MatchValue[]): Predicate {
  const { kind, key } = fieldOf(name);
  switch (kind) {
    case 'exact': {
      const wanted = new Set(values.map((v) => v.text));
      return (library, slot) => wanted.has(String(library.at(slot)[key] ?? ''));
    }
    case 'number': {
      const wanted = new Set(values.map((v) => toNumber(name, v)));
      return (library, slot) => wanted.has(library.at(slot)[key] as number);
    }
    case 'fuzzy':
    case 'tags': {
      const field = key as 'Title' | 'Description' | 'Tags';
      const checks = values.map((value): Predicate => {
        if (value.quoted) {
          const needle = value.text.toLowerCase();
          return (library, slot) => library.lowered(slot, field).includes(needle);
        }
        if (kind === 'tags') {
          return (library, slot) =>
            (library.at(slot).Tags ?? '').split(',').some((tag) => tag.trim() === value.text);
        }
        return (library, slot) => (library.at(slot)[field] ?? '') === value.text;
      });
      return checks.length === 1
        ? checks[0]!
        : (library, slot) => checks.some((check) => check(library, slot));
    }
    case 'time': {
      const wanted = new Set(values.map((v) => toTime(name, v)));
      return (library, slot) => wanted.has(library.at(slot)[key] as string);
    }
    case 'numberRange':
      throw new MatchSyntaxError(`The field ${name} takes a range`);
  }
}

function compileRange(node: Extract<MatchNode, { kind: 'range' }>): Predicate {
  const { kind, key } = fieldOf(node.field);
  if (kind !== 'time' && kind !== 'numberRange')
    throw new MatchSyntaxError(`The field ${node.field} takes no range`);
  const convert = (value: MatchValue | null) =>
    value === null || value.text === ''
      ? null
      : kind === 'time'
        ? toTime(node.field, value)
        : toNumber(node.field, value);
  const low = convert(node.low);
  const high = convert(node.high);
  const { lowInclusive, highInclusive } = node;
  return (library, slot) => {
    const value = library.at(slot)[key] as string | number | undefined;
    if (value === undefined) return false;
    if (low !== null && (lowInclusive ? value < low : value <= low)) return false;
    if (high !== null && (highInclusive ? value > high : value >= high)) return false;
    return true;
  };
}

function candidatesOf(node: MatchNode): readonly string[] | null {
  if ((node.kind === 'eq' || node.kind === 'in') && node.field.toLowerCase() === 'videoid') {
    return node.kind === 'eq' ? [node.value.text] : node.values.map((v) => v.text);
  }
  if (node.kind === 'and') {
    for (const part of node.parts) {
      const found = candidatesOf(part);
      if (found) return found;
    }
  }
  return null;
}

function toNumber(field: string, value: MatchValue): number {
  const number = Number(value.text);
  if (value.text.trim() === '' || !Number.isFinite(number))
    throw new MatchSyntaxError(`${field} needs a number`);
  return number;
}

function toTime(field: string, value: MatchValue): string {
  const time = normalizeWireTime(value.text);
  if (time === null) throw new MatchSyntaxError(`${field} needs a time as yyyy-MM-ddTHH:mm:ssZ`);
  return time;
}
