import { cookies } from 'next/headers';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { type SessionUser, TWO_STEP_PATH } from '@/lib/auth/session';
import type { AppMode } from '@/lib/config';
import { THEME_COOKIE, themeOf } from '@/lib/ui/view-cookies';
import styles from './app-header.module.css';
import { LocaleSwitch } from './locale-switch';
import { ThemeSwitch } from './theme-switch';

/** The signed-in shell's header: product, mode badge (so demo data is never mistaken for production), navigation, user. */
export async function AppHeader({ user, mode }: { user: SessionUser; mode: AppMode }) {
  const t = await getTranslations('common');
  const isAdmin = user.role === 'admin';
  const canSeeBatches = user.role !== 'viewer';
  return (
    <header className={styles.header}>
      <a className="visually-hidden" href="#main">
        {t('skipToContent')}
      </a>
      <span className={styles.brand}>{t('appName')}</span>
      <span
        className={mode === 'emulator' ? styles.badgeEmulator : styles.badgeProduction}
        role="status"
        title={mode === 'emulator' ? t('modeEmulator') : t('modeProduction')}
      >
        {mode === 'emulator' ? t('modeEmulator') : t('modeProduction')}
      </span>
      <nav aria-label={t('mainNavigation')} className={styles.nav}>
        {isAdmin && <Link href="/overview">{t('navOverview')}</Link>}
        <Link href="/videos">{t('navVideos')}</Link>
        {canSeeBatches && <Link href="/batches">{t('navBatches')}</Link>}
        {isAdmin && <Link href="/audit">{t('navAudit')}</Link>}
        {isAdmin && <Link href="/users">{t('navUsers')}</Link>}
        <Link href={TWO_STEP_PATH}>{(await getTranslations('account'))('navLabel')}</Link>
      </nav>
      <LocaleSwitch />
      <ThemeSwitch initial={themeOf((await cookies()).get(THEME_COOKIE)?.value)} />
      <span className={styles.user} title={t('userBadge', { email: user.email, role: user.role })}>
        {t('userBadge', { email: user.email, role: user.role })}
      </span>
      <SignOutButton />
    </header>
  );
}
