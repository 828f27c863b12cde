/**
 * The emulator's demo account. These values are public on purpose: they only open the local emulator and
 * deliberately do not look like real Alibaba Cloud keys (which start with `LTAI`).
 */

export const DEMO_ACCOUNT_ID = '1000000000000001';

export const DEMO_ACCESS_KEY_ID = 'vod-emulator-demo-key';
export const DEMO_ACCESS_KEY_SECRET = 'vod-emulator-demo-secret';

/** A fixed STS credential for the demo account that never expires (STS key ids start with `STS.`). */
export const DEMO_STS_ACCESS_KEY_ID = 'STS.vod-emulator-demo';
export const DEMO_STS_ACCESS_KEY_SECRET = 'vod-emulator-demo-sts-secret';
export const DEMO_SECURITY_TOKEN = 'vod-emulator-demo-security-token';
