import Link from 'next/link';
import { messages } from '@/lib/messages';

export default function NotFound() {
  return (
    <main className="page">
      <h1>{messages.common.notFoundTitle}</h1>
      <Link href="/videos">{messages.common.navVideos}</Link>
    </main>
  );
}
