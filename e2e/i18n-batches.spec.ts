import { DEMO_USERS, expect, test } from './fixtures';
import { saveMixedBatch } from './support/mixed-batch';
import { chinesePage, signInInChinese } from './support/zh-session';

/**
 * The admin's batch pages in Simplified Chinese, driven by Chinese labels and roles throughout: the list,
 * a batch with mixed outcomes, its video filters, and the revert confirmation (cancelled, then confirmed).
 */

test('[I18N][zh-CN][BATCHES] an admin reads a mixed batch, filters its videos and reverts it, all in Chinese', async ({
  browser,
  app,
}) => {
  const batch = await saveMixedBatch(browser, app, 70);
  const page = await chinesePage(browser, app.url);
  try {
    await signInInChinese(page, DEMO_USERS.admin);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '批次' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '批次' })).toBeVisible();

    const row = page
      .getByRole('table', { name: '批次' })
      .getByRole('row')
      .filter({ hasText: DEMO_USERS.editor })
      .first();
    await expect(row).toContainText('编辑了标题 · 3 个视频');
    await expect(row).toContainText('已更新 2');
    await expect(row).toContainText('无权限 1');
    await expect(row).toContainText('已完成（有问题）');
    await expect(row).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}/);
    await row.getByRole('link').first().click();

    await expect(page.getByRole('heading', { level: 1, name: '保存：编辑了标题 · 3 个视频' })).toBeVisible();
    const items = page.getByRole('table', { name: '此批次的视频' });
    const forbiddenRow = items.getByRole('row').filter({ hasText: batch.forbidden });
    await expect(forbiddenRow).toContainText('无权限');
    await expect(forbiddenRow.getByRole('link', { name: '在表格中打开' })).toBeVisible();
    for (const id of batch.updated)
      await expect(items.getByRole('row').filter({ hasText: id })).toContainText('已更新');
    await expect(page.getByRole('table', { name: '此批次的调用' }).getByRole('row')).toHaveCount(2);

    const filters = page.getByRole('search', { name: '筛选视频' });
    await filters.getByLabel('结果').selectOption({ label: '无权限' });
    await filters.getByRole('button', { name: '搜索' }).click();
    await expect(items.getByRole('row')).toHaveCount(2);
    await expect(items).toContainText('该视频点播账号无权修改此视频。');
    await filters.getByRole('link', { name: '清除' }).click();
    await expect(items.getByRole('row')).toHaveCount(4);

    // Nothing here can be retried (VOD refused the video; no call failed), so the retry action is absent.
    const actions = page.getByRole('region', { name: '操作' });
    await expect(actions.getByRole('button', { name: '重试失败的视频' })).toHaveCount(0);
    await actions.getByRole('button', { name: '回滚此批次' }).click();
    await expect(actions).toContainText('将此批次更新过的每个视频恢复为修改前的值，作为新批次提交？');
    await actions.getByRole('button', { name: '取消' }).click();
    await expect(actions.getByRole('button', { name: '立即回滚' })).toHaveCount(0);

    await actions.getByRole('button', { name: '回滚此批次' }).click();
    await actions.getByRole('button', { name: '立即回滚' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^回滚：/ })).toBeVisible();
    await expect(page.getByRole('link', { name: '此回滚的来源批次' })).toBeVisible();
    const reverted = page.getByRole('table', { name: '此批次的视频' });
    for (const id of batch.updated) {
      await expect(reverted.getByRole('row').filter({ hasText: id })).toContainText('已更新', {
        timeout: 30_000,
      });
    }
  } finally {
    await page.context().close();
  }
});
