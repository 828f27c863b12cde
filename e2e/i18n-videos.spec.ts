import type { Locator, Page } from '@playwright/test';
import { DEMO_USERS, expect, test } from './fixtures';
import { chinesePage, signInInChinese } from './support/zh-session';

/**
 * The editor's main journey in Simplified Chinese, driven by Chinese labels and roles throughout: filter by
 * pasted video IDs, edit a title (VOD's byte limit said in Chinese), bulk-add a tag, review, save, and read
 * the forbidden and the vanished video marked on their rows in Chinese.
 */

/** The grid's video rows (not its header row). */
const dataRows = (grid: Locator) => grid.locator('[role="row"]:has([role="gridcell"])');

/** A cell of a displayed row (0 = first), by its column's header name. */
async function cell(grid: Locator, rowIndex: number, column: string): Promise<Locator> {
  const header = grid.getByRole('columnheader', { name: column, exact: true });
  const col = await header.getAttribute('aria-colindex');
  return grid.locator(
    `[role="row"][aria-rowindex="${rowIndex + 2}"] [role="gridcell"][aria-colindex="${col}"]`,
  );
}

/** Opens a title cell's editor with Enter, as a keyboard user does, and returns the editor. */
async function editTitle(page: Page, grid: Locator, rowIndex: number): Promise<Locator> {
  await (await cell(grid, rowIndex, '标题')).click();
  await page.keyboard.press('Enter');
  const editor = grid.getByRole('textbox', { name: '标题', exact: true });
  await expect(editor).toBeFocused();
  return editor;
}

// A server of its own: the journey deletes a video and changes what VOD forbids.
test.use({ appEnv: { E2E_SERVER_FOR: 'i18n-videos' } });

test('[I18N][zh-CN][VIDEOS] an editor filters, edits, bulk-adds a tag, reviews and saves; problems read in Chinese', async ({
  browser,
  app,
}) => {
  const { control } = app;
  const locked = new Set((await control.forbidden()).resourceGroupVideoIds);
  const ids = (await control.listVideoIds(270, 6 + locked.size)).videoIds
    .filter((id) => !locked.has(id))
    .slice(0, 6);
  expect(ids).toHaveLength(6);
  const [forbidden, vanished] = [ids[1]!, ids[4]!];

  const page = await chinesePage(browser, app.url);
  try {
    await signInInChinese(page, DEMO_USERS.editor);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '视频' }).click();
    const grid = page.getByRole('grid', { name: '视频' });
    await expect(grid).toBeVisible();

    const filters = page.getByRole('search', { name: '筛选视频' });
    await filters.getByLabel('视频 ID').fill(ids.join('\n'));
    await filters.getByRole('button', { name: '应用筛选' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^共 6 个视频$/ })).toBeVisible();
    await expect(dataRows(grid)).toHaveCount(6);

    // VOD counts bytes: 44 Chinese characters are 132 bytes, over the title's 128.
    const tooLong = await editTitle(page, grid, 1);
    await tooLong.fill('长'.repeat(44));
    await expect(
      grid.getByRole('status').filter({ hasText: '标题最多 128 字节，当前 132 字节' }),
    ).toBeVisible();
    await tooLong.press('Escape');

    const editor = await editTitle(page, grid, 0);
    await editor.fill('春季发布会');
    await editor.press('Enter');
    const changes = page.getByTestId('change-summary');
    await expect(changes).toHaveText('1 个视频中有 1 处修改');

    await grid.getByRole('checkbox', { name: '选择所有已加载的行' }).check();
    const bulk = page.getByRole('region', { name: '批量操作' });
    await expect(bulk.getByRole('status')).toHaveText('已选择 6 个视频');
    await bulk.getByRole('button', { name: '添加标签', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '添加标签' });
    await dialog.getByLabel('标签（以逗号分隔）').fill('春季2026');
    await expect(dialog.getByText('将修改 6 个单元格')).toBeVisible();
    await dialog.getByRole('button', { name: '应用', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(changes).toHaveText('6 个视频中有 7 处修改');

    // While the editor reviews, VOD takes the right to edit one video away and another video is deleted.
    await control.setForbidden([forbidden]);
    await control.deleteVideo(vanished);
    await page.getByRole('button', { name: '检查修改' }).click();
    const review = page.getByRole('dialog', { name: '检查修改' });
    await expect(review).toContainText('6 个视频中有 7 处修改；已选择保存 6 个');
    await review.getByRole('button', { name: '保存', exact: true }).click();

    const progress = page.getByRole('region', { name: '保存进度' });
    await expect(progress.getByRole('status')).toHaveText('保存完成：已更新 4 / 6 个，2 个问题。', {
      timeout: 60_000,
    });
    const results = page.getByRole('region', { name: '保存结果' });
    await expect(results).toContainText('4 个已保存');
    await expect(results).toContainText('1 个无权限');
    await expect(results).toContainText('1 个视频不存在');

    await results.getByLabel('仅显示有问题的').check();
    await expect(dataRows(grid)).toHaveCount(2);
    const forbiddenRow = dataRows(grid).filter({ hasText: forbidden });
    await expect(forbiddenRow).toContainText('无权限编辑此视频');
    await expect(dataRows(grid).filter({ hasText: vanished })).toContainText('此视频已不存在');

    // The focused row's problem is spelled out under the grid, with what to do next.
    await forbiddenRow.getByRole('gridcell').filter({ hasText: '春季2026' }).click();
    await expect(page.getByRole('region', { name: '当前单元格' })).toContainText('此行：无权限编辑此视频。');
  } finally {
    await control.setForbidden([]);
    await page.context().close();
  }
});
