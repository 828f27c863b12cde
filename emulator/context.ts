import type { Accounts } from './accounts';
import type { FaultInjector } from './faults';
import type { RequestLog } from './request-log';
import type { Searcher } from './search/search';
import type { Authenticator } from './signing/authenticate';
import type { VideoStore } from './store/video-store';
import type { Throttle } from './throttle';

/** Everything a running emulator holds, shared by the VOD API and the control API. */
export interface EmulatorState {
  store: VideoStore;
  accounts: Accounts;
  authenticator: Authenticator;
  throttle: Throttle;
  faults: FaultInjector;
  log: RequestLog;
  searcher: Searcher;
}
