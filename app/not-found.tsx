import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('common');
  return (
    <main className="page">
      <h1>{t('notFoundTitle')}</h1>
      <Link href="/videos">{t('navVideos')}</Link>
    </main>
  );
}
