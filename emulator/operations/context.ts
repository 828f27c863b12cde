import type { Searcher } from '../search/search';
import type { Principal } from '../signing/authenticate';
import type { VideoStore } from '../store/video-store';

export interface OperationContext {
  /** Business parameters, decoded, from the query and the body. */
  params: ReadonlyMap<string, string>;
  principal: Principal;
  store: VideoStore;
  searcher: Searcher;
  now: number;
}

/**
 * A response body already serialized: the JSON members after RequestId, without braces. Hot read paths
 * return it to reuse per-video JSON instead of serializing the same records on every call.
 */
export class SerializedBody {
  constructor(readonly members: string) {}
}

/** One VOD action: returns the response body without RequestId, or throws a VodError. */
export type Operation = (context: OperationContext) => object | Promise<object>;
