import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { DEMO_USERS, expect, test } from './fixtures';
import { BatchesPage } from './pages/batches-page';
import { VideosPage } from './pages/videos-page';

/**
 * What an admin reads after the fact: batches that say what they did, the overview's charts and the tables
 * behind them, a batch's call timeline, an audit trail in sentences, users managed in the browser, and a
 * retry that knows its family.
 */

const unique = () => Math.random().toString(36).slice(2, 8);

/** The numbers drawn as labels in a chart's SVG. */
async function chartLabels(figure: Locator): Promise<number[]> {
  const texts = await figure
    // A label is a <text>, whose words may sit in <tspan>s inside it: reading the <text> gives each label once.
    .locator('.recharts-label-list text')
    .allTextContents();
  return texts.map((text) => Number(text.replaceAll(',', ''))).filter((n) => Number.isFinite(n));
}

/** A table's cells by its column names, one record per row. */
async function tableRecords(table: Locator): Promise<Record<string, string>[]> {
  const headers = await table.locator('thead th').allTextContents();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const cells = await row.locator('th, td').allTextContents();
      return Object.fromEntries(headers.map((header, i) => [header, cells[i] ?? '']));
    }),
  );
}

const asNumber = (text: string | undefined) => Number((text ?? '').replaceAll(',', ''));

test.describe('[ADMIN] review at a glance', () => {
  test('[ADMIN][SUMMARY] an “Add tags” save of 50 videos is named in the list, the overview, the detail, and the audit', async ({
    page,
    app,
    signIn,
    pageAs,
  }) => {
    const tag = `bulk-${unique()}`;
    const note = `Campaign ${unique()}`;
    const { videoIds } = await app.control.listVideoIds(200, 50);
    expect(videoIds).toHaveLength(50);

    await signIn('editor');
    const videos = new VideosPage(page);
    await videos.open(videoIds);
    await expect(page.getByText('50 videos', { exact: true })).toBeVisible();
    await videos.selectAllLoaded();
    await expect(page.getByText('50 videos selected')).toBeVisible();
    const add = await videos.openBulk('Add tags');
    await add.getByLabel('Tags (comma-separated)').fill(tag);
    await videos.applyBulk(add);
    await page.getByRole('button', { name: /Review changes/ }).click();
    const review = page.getByRole('dialog', { name: 'Review changes' });
    await review.getByLabel('Note (optional)').fill(note);
    await review.getByRole('button', { name: 'Save', exact: true }).click();
    await videos.waitForSaveFinished();

    // The list names what the batch did, and finds it by its note.
    const admin = await pageAs('admin');
    const batches = new BatchesPage(admin);
    await batches.gotoList();
    const row = batches.batchRowsBy(DEMO_USERS.editor).first();
    await expect(row).toContainText(`Tags +${tag} · 50 videos`);
    await expect(row).toContainText(`Note: ${note}`);
    await admin.getByLabel('Summary or note').fill(note);
    await admin.getByRole('button', { name: 'Apply' }).click();
    await expect(admin).toHaveURL(/q=Campaign/);
    await expect(admin.getByRole('row').filter({ hasText: tag })).toHaveCount(1);
    await admin.getByLabel('Summary or note').fill(`no-such-${unique()}`);
    await admin.getByRole('button', { name: 'Apply' }).click();
    await expect(admin.getByText('No batches match these filters.')).toBeVisible();

    // The detail page's heading is the summary, and it draws its three calls.
    await batches.gotoList();
    const batchId = await batches.openNewestBatchBy(DEMO_USERS.editor);
    await expect(admin.getByRole('heading', { level: 1 })).toHaveText(`Save: Tags +${tag} · 50 videos`);
    const timeline = admin.getByRole('figure', { name: 'Calls over time' });
    await expect(timeline.getByRole('img', { name: /^Calls over time\. / })).toBeVisible();
    await expect(timeline.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(timeline).toContainText('3 calls over');
    await timeline.getByRole('button', { name: 'Show as table' }).click();
    const calls = await tableRecords(timeline.getByRole('table'));
    expect(calls.reduce((sum, record) => sum + asNumber(record.Calls), 0)).toBe(3);

    // The overview shows the batch; each chart's table toggle gives the numbers the chart draws.
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link').first().click();
    await expect(admin).toHaveURL(/\/overview$/);
    const daily = admin.getByRole('figure', { name: 'Videos changed and batches by day' });
    await expect(daily.getByRole('img', { name: /^Videos changed and batches by day\. / })).toBeVisible();
    // The chart labels each bar and point with its number: the same numbers as the table behind the toggle.
    await expect.poll(async () => (await chartLabels(daily)).length).toBeGreaterThan(0);
    const drawn = await chartLabels(daily);
    await daily.getByRole('button', { name: 'Show as table' }).click();
    const [today] = await tableRecords(daily.getByRole('table'));
    expect(asNumber(today?.['Videos changed'])).toBeGreaterThanOrEqual(50);
    expect(drawn).toEqual([...new Set([asNumber(today?.['Videos changed']), asNumber(today?.Batches)])]);

    const outcomes = admin.getByRole('figure', { name: 'Outcomes by kind' });
    await expect.poll(async () => (await chartLabels(outcomes)).length).toBeGreaterThan(0);
    const outcomeLabels = await chartLabels(outcomes);
    await outcomes.getByRole('button', { name: 'Show as table' }).click();
    const outcomeRows = await tableRecords(outcomes.getByRole('table'));
    expect(
      asNumber(outcomeRows.find((record) => record.Outcome === 'Updated')?.Videos),
    ).toBeGreaterThanOrEqual(50);
    // A zero draws no bar and no label.
    expect([...new Set(outcomeRows.map((record) => asNumber(record.Videos)).filter((n) => n > 0))]).toEqual(
      outcomeLabels,
    );

    const editors = await tableRecords(admin.getByRole('table', { name: 'Editors by videos changed' }));
    expect(
      asNumber(editors.find((record) => record.Editor === DEMO_USERS.editor)?.['Videos changed']),
    ).toBeGreaterThanOrEqual(50);

    // The audit trail says it in a sentence; the raw details are one toggle away.
    await admin.goto('/audit');
    const sentence = admin
      .getByRole('row')
      .filter({ hasText: `${DEMO_USERS.editor} added tag ${tag} to 50 videos` });
    await expect(sentence).toHaveCount(1);
    await expect(sentence).toContainText(`(“${note}”)`);
    await sentence.getByText('Raw details').click();
    await expect(sentence.locator('code')).toContainText(`"added": [\n`);
    await expect(sentence.getByRole('link', { name: `Batch ${batchId.slice(0, 8)}` })).toBeVisible();
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFat,actor_email,action,sentence,')).toBe(true);
    expect(csv).toContain(`${DEMO_USERS.editor} added tag ${tag} to 50 videos`);
  });

  test('[ADMIN][USERS] a user added in the browser signs in with the one-time password and must choose a new one', async ({
    page,
    signIn,
    browser,
    app,
  }) => {
    const email = `new-${unique()}@example.com`;
    await signIn('admin');
    await page.goto('/users');
    const add = page.getByRole('region', { name: 'Add a user' });
    await add.getByLabel('Email').fill(email);
    await add.getByLabel('Role').selectOption({ label: 'Editor' });
    await add.getByRole('button', { name: 'Add user' }).click();
    const secretDialog = page.getByRole('dialog', { name: `One-time password for ${email}` });
    const oneTime = await secretDialog.getByLabel('One-time password').inputValue();
    expect(oneTime.length).toBeGreaterThanOrEqual(12);
    await secretDialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('One-time password');

    const context = await browser.newContext({ baseURL: app.url });
    try {
      const user = await context.newPage();
      await user.goto('/sign-in');
      await user.getByLabel('Email').fill(email);
      await user.getByLabel('Password').fill(oneTime);
      await user.getByRole('button', { name: 'Sign in' }).click();
      await expect(user.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
      await user.goto('/videos');
      await expect(user).toHaveURL(/\/change-password$/);

      await user.getByLabel('New password', { exact: true }).fill('short');
      await user.getByLabel('New password again').fill('short');
      await user.getByRole('button', { name: 'Set password' }).click();
      await expect(
        user.getByRole('alert').filter({ hasText: 'Password must be at least 12 characters' }),
      ).toBeVisible();
      // Long enough, but one of the passwords every guessing list starts with.
      await user.getByLabel('New password', { exact: true }).fill('password1234');
      await user.getByLabel('New password again').fill('password1234');
      await user.getByRole('button', { name: 'Set password' }).click();
      await expect(user.getByRole('alert').filter({ hasText: 'This password is too common' })).toBeVisible();
      const chosen = `my own passphrase ${unique()}`;
      await user.getByLabel('New password', { exact: true }).fill(chosen);
      await user.getByLabel('New password again').fill(chosen);
      await user.getByRole('button', { name: 'Set password' }).click();
      await expect(user.getByText('Your password is set. Sign in with it.')).toBeVisible();

      await user.getByLabel('Email').fill(email);
      await user.getByLabel('Password').fill(oneTime);
      await user.getByRole('button', { name: 'Sign in' }).click();
      await expect(
        user.getByRole('alert').filter({ hasText: 'Email or password is incorrect' }),
      ).toBeVisible();
      await user.getByLabel('Password').fill(chosen);
      await user.getByRole('button', { name: 'Sign in' }).click();
      await expect(user).toHaveURL(/\/videos/);
      await expect(user.getByRole('grid', { name: 'Videos' })).toBeVisible();
    } finally {
      await context.close();
    }

    await page.goto('/audit');
    await expect(
      page.getByRole('row').filter({ hasText: `${DEMO_USERS.admin} added ${email} as editor` }),
    ).toHaveCount(1);
    await expect(page.getByRole('row').filter({ hasText: `${email} chose a new password` })).toHaveCount(1);
  });

  test('[ADMIN][LAST-ADMIN] demoting the last admin is refused, after a confirmation naming the effect', async ({
    page,
    signIn,
  }) => {
    await signIn('admin');
    await page.goto('/users');
    const role = page.getByLabel(`Role of ${DEMO_USERS.admin}`);
    await role.selectOption({ label: 'Editor' });
    const confirm = page.getByRole('dialog', { name: `Make ${DEMO_USERS.admin} an Editor?` });
    await expect(confirm).toContainText('They will edit videos and review their own batches.');
    await expect(confirm).toContainText('recorded in the audit trail');
    await confirm.getByRole('button', { name: 'Change role' }).click();
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'This is the last active admin. Make someone else an admin first.' }),
    ).toBeVisible();
    await expect(role).toHaveValue('admin');
    await page.goto('/users');
    await expect(page.getByLabel(`Role of ${DEMO_USERS.admin}`)).toHaveValue('admin');
  });
});
