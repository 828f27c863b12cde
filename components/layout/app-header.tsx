import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { type SessionUser, TWO_STEP_PATH } from '@/lib/auth/session';
import type { AppMode } from '@/lib/config';
import { messages } from '@/lib/messages';
import styles from './app-header.module.css';

const t = messages.common;

/** The signed-in shell's header: product, mode badge (so demo data is never mistaken for production), navigation, user. */
export function AppHeader({ user, mode }: { user: SessionUser; mode: AppMode }) {
  const isAdmin = user.role === 'admin';
  const canSeeBatches = user.role !== 'viewer';
  return (
    <header className={styles.header}>
      <a className="visually-hidden" href="#main">
        {t.skipToContent}
      </a>
      <span className={styles.brand}>{t.appName}</span>
      <span className={mode === 'emulator' ? styles.badgeEmulator : styles.badgeProduction} role="status">
        {mode === 'emulator' ? t.modeEmulator : t.modeProduction}
      </span>
      <nav aria-label={t.mainNavigation} className={styles.nav}>
        {isAdmin && <Link href="/overview">{t.navOverview}</Link>}
        <Link href="/videos">{t.navVideos}</Link>
        {canSeeBatches && <Link href="/batches">{t.navBatches}</Link>}
        {isAdmin && <Link href="/audit">{t.navAudit}</Link>}
        {isAdmin && <Link href="/users">{t.navUsers}</Link>}
        <Link href={TWO_STEP_PATH}>{messages.account.navLabel}</Link>
      </nav>
      <span className={styles.user}>
        {user.email} · {user.role}
      </span>
      <SignOutButton />
    </header>
  );
}
