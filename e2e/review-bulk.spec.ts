import { expect, test } from './fixtures';
import { VideosPage } from './pages/videos-page';

/** The review of a bulk edit: 2,000 identical changes read as one group, with an untick and a search. */
test.use({ appVideos: 2000 });

test('[GRID][REVIEW-BULK] 2,000 identical changes are one group with a sample, an untick and a search', async ({
  page,
  signIn,
}) => {
  test.setTimeout(180_000);
  await signIn('editor');
  const videos = new VideosPage(page);
  await videos.open();
  await expect(page.getByText('2,000 videos', { exact: true })).toBeVisible({ timeout: 90_000 });
  await videos.typeInto(0, 'Title', 'Only this one renamed');

  await videos.selectAllLoaded();
  const dialog = await videos.openBulk('Add tags');
  await dialog.getByLabel('Tags (comma-separated)').fill('bulk-2025');
  await videos.applyBulk(dialog);
  await expect(videos.changeSummary()).toHaveText('2,001 changes in 2,000 videos');

  const review = await videos.openReview();
  const group = review.getByRole('region', { name: 'Tags +bulk-2025 · 2,000 videos' });
  await expect(group).toBeVisible();
  await expect(group).toContainText('and 1,997 more');
  await expect(review.getByRole('region', { name: /· [\d,]+ videos$/ })).toHaveCount(1);

  await group.getByRole('checkbox', { name: 'Include Tags +bulk-2025 · 2,000 videos in the save' }).uncheck();
  await expect(review.getByText('2,001 changes in 2,000 videos; 1 selected to save')).toBeVisible();

  await review.getByLabel('Search changes').fill('only this one');
  await expect(review.getByText('Showing 1 of 2,000 videos')).toBeVisible();
  await expect(review.getByRole('region', { name: 'Only this one renamed' })).toBeVisible();
  await review.getByLabel('Search changes').fill('');
  await review.getByLabel('Field').selectOption({ label: 'Title' });
  await expect(review.getByText('Showing 1 of 2,000 videos')).toBeVisible();
});
