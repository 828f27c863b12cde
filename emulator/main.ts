import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEMO_ACCESS_KEY_ID, DEMO_ACCESS_KEY_SECRET } from './demo-account';
import { DEFAULT_SEED, DEFAULT_VIDEOS, startEmulator } from './server';

const USAGE = `Usage: npm run emulator -- [options]

  --port <n>               port to listen on (default 9100; 0 picks a free one)
  --host <addr>            address to bind (default 127.0.0.1)
  --videos <n>             videos in the seeded library (default ${DEFAULT_VIDEOS}, up to 200000 and more)
  --seed <n>               seed of the library (default ${DEFAULT_SEED})
  --data <dir>             keep state in this directory (default: in memory only)
  --access-key-id <id>     the demo account's AccessKey ID (env VOD_EMULATOR_ACCESS_KEY_ID, default ${DEMO_ACCESS_KEY_ID})
  --access-key-secret <s>  its secret (env VOD_EMULATOR_ACCESS_KEY_SECRET, default ${DEMO_ACCESS_KEY_SECRET})
  --quiet                  print nothing
  --help                   show this text`;

const count = (max: number) => z.coerce.number().int().min(0).max(max);
const cliSchema = z.object({
  port: count(65535).default(9100),
  host: z.string().min(1).default('127.0.0.1'),
  videos: count(5_000_000).default(DEFAULT_VIDEOS),
  seed: count(0xffffffff).default(DEFAULT_SEED),
  data: z.string().min(1).optional(),
  accessKeyId: z.string().min(1).optional(),
  accessKeySecret: z.string().min(1).optional(),
  quiet: z.boolean().default(false),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      videos: { type: 'string' },
      seed: { type: 'string' },
      data: { type: 'string' },
      'access-key-id': { type: 'string' },
      'access-key-secret': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  // The emulator is its own program, so it reads its own environment rather than lib/config.
  const parsed = cliSchema.safeParse({
    ...values,
    accessKeyId: values['access-key-id'] ?? process.env.VOD_EMULATOR_ACCESS_KEY_ID,
    accessKeySecret: values['access-key-secret'] ?? process.env.VOD_EMULATOR_ACCESS_KEY_SECRET,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${String(issue.path[0])}: ${issue.message}`);
    console.error(USAGE);
    process.exit(2);
  }
  const options = parsed.data;
  const emulator = await startEmulator({
    port: options.port,
    host: options.host,
    videos: options.videos,
    seed: options.seed,
    dataDir: options.data,
    accessKeyId: options.accessKeyId,
    accessKeySecret: options.accessKeySecret,
    quiet: options.quiet,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      emulator.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  console.error('VOD emulator failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
