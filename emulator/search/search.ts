import { vodErrors } from '../errors';
import type { Library } from '../store/library';
import { type CompiledMatch, compileMatch } from './match-compile';
import { MatchSyntaxError, parseMatch } from './match-parser';

export interface SortKey {
  field: 'CreationTime' | 'ModificationTime';
  descending: boolean;
}

const SORTABLE = new Set(['CreationTime', 'ModificationTime']);
const CACHE_SIZE = 32;

/** Parses `SortBy` (`Field:Asc|Desc`, comma-separated, at most `maxFields`); default CreationTime:Desc. */
export function parseSortBy(value: string | undefined, maxFields: number): SortKey[] {
  if (value === undefined || value.trim() === '') return [{ field: 'CreationTime', descending: true }];
  const keys = value.split(',').map((part): SortKey => {
    const [field = '', direction = 'Desc', ...rest] = part.trim().split(':');
    const dir = direction.toLowerCase();
    if (!SORTABLE.has(field) || (dir !== 'asc' && dir !== 'desc') || rest.length > 0) {
      throw vodErrors.invalidParameter(`The specified parameter SortBy is not valid: ${part.trim()}`);
    }
    return { field: field as SortKey['field'], descending: dir === 'desc' };
  });
  if (keys.length > maxFields) throw vodErrors.sortByExceededMax(maxFields);
  return keys;
}

/**
 * Runs searches over a library: the matching slots in sort order. Results are cached per library version,
 * so paging through one result set scans the library once.
 */
export class Searcher {
  private readonly compiled = new Map<string, CompiledMatch>();
  private readonly results = new Map<
    string,
    { library: Library; version: number; slots: ArrayLike<number> }
  >();

  search(library: Library, match: string | undefined, sort: readonly SortKey[]): ArrayLike<number> {
    const key = `${match ?? ''}\n${sort.map((k) => `${k.field}:${k.descending}`).join(',')}`;
    const cached = this.results.get(key);
    if (cached && cached.library === library && cached.version === library.version) return cached.slots;
    const slots = this.run(library, match, sort);
    this.results.delete(key);
    this.results.set(key, { library, version: library.version, slots });
    if (this.results.size > CACHE_SIZE) this.results.delete(this.results.keys().next().value!);
    return slots;
  }

  private run(library: Library, match: string | undefined, sort: readonly SortKey[]): ArrayLike<number> {
    const ordered = library.orderedSlots();
    const isDefaultOrder = sort.length === 1 && sort[0]!.field === 'CreationTime';
    if (match === undefined || match.trim() === '') {
      if (isDefaultOrder) return sort[0]!.descending ? ordered : ordered.slice().reverse();
      return sortSlots(library, Array.from(ordered), sort);
    }
    const compiled = this.compile(match);
    if (compiled.candidates) {
      const slots = new Set<number>();
      for (const id of compiled.candidates) {
        const slot = library.slotOf(id);
        if (slot !== undefined && compiled.test(library, slot)) slots.add(slot);
      }
      return sortSlots(library, [...slots], sort);
    }
    const found: number[] = [];
    for (let i = 0; i < ordered.length; i++) if (compiled.test(library, ordered[i]!)) found.push(ordered[i]!);
    if (isDefaultOrder) return sort[0]!.descending ? found : found.reverse();
    return sortSlots(library, found, sort);
  }

  private compile(match: string): CompiledMatch {
    let compiled = this.compiled.get(match);
    if (!compiled) {
      try {
        compiled = compileMatch(parseMatch(match));
      } catch (error) {
        if (error instanceof MatchSyntaxError) {
          throw vodErrors.matchSyntax(`The specified parameter Match is not valid: ${error.message}.`);
        }
        throw error;
      }
      if (this.compiled.size >= CACHE_SIZE) this.compiled.delete(this.compiled.keys().next().value!);
      this.compiled.set(match, compiled);
    }
    return compiled;
  }
}

function sortSlots(library: Library, slots: number[], sort: readonly SortKey[]): number[] {
  return slots.sort((a, b) => {
    const x = library.at(a);
    const y = library.at(b);
    for (const key of sort) {
      const left = x[key.field] ?? '';
      const right = y[key.field] ?? '';
      if (left !== right) return (left < right ? -1 : 1) * (key.descending ? -1 : 1);
    }
    return (x.VideoId < y.VideoId ? -1 : 1) * (sort[0]!.descending ? -1 : 1);
  });
}
