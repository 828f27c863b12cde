import { LIMITS } from '@/lib/edits/limits';
import type { WireGetVideoListResponse, WireVideo } from '@/lib/vod-wire/shapes';
import { vodErrors } from '../errors';
import { normalizeWireTime } from '../time';
import type { Operation } from './context';
import { intParam, listParam } from './params';
import { nestedVideo } from './video-shape';

/** GetVideoList: filter by Status, CateId, CreationTime window, StorageLocation, ReferenceIds; 5,000 cap. */
export const getVideoList: Operation = ({ params, store }): Omit<WireGetVideoListResponse, 'RequestId'> => {
  const pageNo = intParam(params, 'PageNo', { defaultValue: 1, min: 1, max: 1_000_000 });
  const pageSize = intParam(params, 'PageSize', { defaultValue: 10, min: 1, max: LIMITS.searchPageSizeMax });
  if (pageNo * pageSize > LIMITS.videoListCap) throw vodErrors.videoListExceededMax(LIMITS.videoListCap);
  const sortBy = params.get('SortBy') || 'CreationTime:Desc';
  if (sortBy !== 'CreationTime:Desc' && sortBy !== 'CreationTime:Asc') {
    throw vodErrors.invalidParameter(`The specified parameter SortBy is not valid: ${sortBy}`);
  }
  const referenceIds = listParam(params, 'ReferenceIds');
  if (referenceIds.length > LIMITS.getVideoIdsPerCall)
    throw vodErrors.videoIdsExceededMax(LIMITS.getVideoIdsPerCall);
  const filter = buildFilter(params, referenceIds);

  const library = store.library;
  const ordered = library.orderedSlots();
  const start = (pageNo - 1) * pageSize;
  const page: WireVideo[] = [];
  let total = 0;
  for (let n = 0; n < ordered.length; n++) {
    const video = library.at(ordered[sortBy === 'CreationTime:Desc' ? n : ordered.length - 1 - n]!);
    if (filter && !filter(video)) continue;
    if (total >= start && page.length < pageSize) page.push(video);
    total++;
  }
  return { Total: total, VideoList: { Video: page.map(nestedVideo) } };
};

function buildFilter(
  params: ReadonlyMap<string, string>,
  referenceIds: string[],
): ((v: WireVideo) => boolean) | null {
  const checks: ((v: WireVideo) => boolean)[] = [];
  const statuses = listParam(params, 'Status');
  if (statuses.length > 0) {
    const wanted = new Set<string>(statuses);
    checks.push((v) => wanted.has(v.Status));
  }
  if (params.get('CateId')) {
    const cateId = intParam(params, 'CateId', { defaultValue: 0, min: -1, max: Number.MAX_SAFE_INTEGER });
    checks.push((v) => v.CateId === cateId);
  }
  const startTime = timeParam(params, 'StartTime');
  if (startTime) checks.push((v) => v.CreationTime >= startTime);
  const endTime = timeParam(params, 'EndTime');
  if (endTime) checks.push((v) => v.CreationTime <= endTime);
  const storageLocation = params.get('StorageLocation');
  if (storageLocation) checks.push((v) => v.StorageLocation === storageLocation);
  if (referenceIds.length > 0) {
    const wanted = new Set(referenceIds);
    checks.push((v) => v.ReferenceId !== undefined && wanted.has(v.ReferenceId));
  }
  return checks.length === 0 ? null : (v) => checks.every((check) => check(v));
}

function timeParam(params: ReadonlyMap<string, string>, name: string): string | null {
  const raw = params.get(name);
  if (!raw) return null;
  const time = normalizeWireTime(raw);
  if (time === null) throw vodErrors.invalidParameter(`The specified parameter ${name} is not valid: ${raw}`);
  return time;
}
