import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Rendered with HTTP 403 whenever a page calls forbidden(): the user is signed in but their role does not allow it. */
export default async function Forbidden() {
  const t = await getTranslations('common');
  return (
    <main className="page">
      <h1>{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <Link href="/videos">{t('navVideos')}</Link>
    </main>
  );
}
