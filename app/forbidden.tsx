import Link from 'next/link';
import { messages } from '@/lib/messages';

/** Rendered with HTTP 403 whenever a page calls forbidden(): the user is signed in but their role does not allow it. */
export default function Forbidden() {
  return (
    <main className="page">
      <h1>{messages.common.forbiddenTitle}</h1>
      <p>{messages.common.forbiddenBody}</p>
      <Link href="/videos">{messages.common.navVideos}</Link>
    </main>
  );
}
