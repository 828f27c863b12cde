import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { GRID_COLUMNS } from '@/components/grid/columns';
import { formatDateTime, formatDuration } from '@/components/grid/ops/format';
import { seedVideos } from '@/emulator/store/seed';
import { translatorFor } from '@/lib/i18n/translator';
import type { PeerColumn, PeerData, PeerRow } from '../peers/peer-data';

/**
 * The peer grids' pages: each bundled with esbuild into a temporary directory and served with the rows
 * the app's emulator holds (the same seed and count), so every grid shows the same library.
 */

export const PEER_PAGES = ['ag-grid', 'bare-table'] as const;
export type PeerPage = (typeof PEER_PAGES)[number];

/** The seed startAppServer gives the emulator. */
const EMULATOR_SEED = 1;

// The bench's browser is English, so the peer grid is labelled in English.
const english = translatorFor('en');

// Our grid's columns as they show by default; the outcome column appears only after a save.
const COLUMNS: PeerColumn[] = GRID_COLUMNS.filter((column) => column.id !== 'outcome').map((column) => ({
  id: column.id,
  label: english(column.labelKey),
  width: column.size,
  kind: column.variant === 'select' ? 'checkbox' : column.variant === 'thumbnail' ? 'cover' : 'text',
  isEditable: column.field !== null,
}));

function peerRows(count: number): PeerRow[] {
  return seedVideos(EMULATOR_SEED, count).videos.map((video) => ({
    select: '',
    cover: video.CoverURL ?? '',
    videoId: video.VideoId,
    title: video.Title,
    description: video.Description ?? '',
    tags: video.Tags ?? '',
    category: video.CateName ?? '',
    coverUrl: video.CoverURL ?? '',
    referenceId: video.ReferenceId ?? '',
    status: video.Status,
    duration: formatDuration(video.Duration ?? null),
    modified: formatDateTime(video.ModificationTime ?? null, 'en'),
  }));
}

const page = (name: PeerPage) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title>` +
  '<style>html,body{margin:0;font:14px system-ui,sans-serif}</style></head>' +
  `<body><div id="root"></div><script src="${name}.js"></script></body></html>`;

export interface PeerServer {
  /** The page of a peer showing `rows` videos in a box of `box`. */
  url(peer: PeerPage, rows: number, box: PeerData['box']): string;
  stop(): Promise<void>;
}

export async function startPeerServer(): Promise<PeerServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-peers-'));
  await build({
    entryPoints: PEER_PAGES.map((name) => path.join(__dirname, '..', 'peers', `${name}.tsx`)),
    outdir: dir,
    bundle: true,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  for (const name of PEER_PAGES) writeFileSync(path.join(dir, `${name}.html`), page(name));

  const rowsBySize = new Map<number, PeerRow[]>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://peers');
    if (url.pathname === '/data.json') {
      const count = Number(url.searchParams.get('rows'));
      let rows = rowsBySize.get(count);
      if (rows === undefined) {
        rows = peerRows(count);
        rowsBySize.set(count, rows);
      }
      const data: PeerData = {
        box: JSON.parse(url.searchParams.get('box') ?? 'null') as PeerData['box'],
        columns: COLUMNS,
        rows,
      };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      return;
    }
    const name = path.basename(url.pathname);
    const type = name.endsWith('.js') ? 'text/javascript' : name.endsWith('.html') ? 'text/html' : null;
    if (type === null) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(path.join(dir, name));
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (peer, rows, box) =>
      `http://127.0.0.1:${port}/${peer}.html?${new URLSearchParams({ rows: String(rows), box: JSON.stringify(box) })}`,
    async stop() {
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
