import { PageSkeleton } from '@/components/ui/page-skeleton';

/** Shown while /videos waits on VOD for its first page. */
export default function Loading() {
  return <PageSkeleton rows={12} />;
}
