import { PageSkeleton } from '@/components/ui/page-skeleton';

/** Shown while the page waits on its data; its layout has already checked access, so a 403 or 404 keeps its status. */
export default function Loading() {
  return <PageSkeleton rows={8} />;
}
