import type { Locator, Page } from '@playwright/test';
import { CATEGORIES } from '@/emulator/store/categories';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/auth/demo-credentials';
import { DEMO_USERS, expect, type Role, test } from './fixtures';
import { type MixedBatch, saveMixedBatch } from './support/mixed-batch';
import { findUntranslated } from './support/untranslated';
import { chinesePage, signInInChinese } from './support/zh-session';

/**
 * No string left behind: every page that speaks the viewer's language, opened in Simplified Chinese, shows
 * no English word outside the allow-list (product and API names) and this test's own data.
 */

interface Setup {
  batch: MixedBatch;
  batchId: string;
  /** A user added with a one-time password, so their sign-in lands on the change-password page. */
  oneTime: { email: string; password: string };
  /** The batch's videos as VOD holds them (titles, descriptions, tags, cover URLs): user data in the grid. */
  videoData: string[];
}

interface ChinesePage {
  name: string;
  /** Who looks: a demo role, the user holding a one-time password, or nobody signed in. */
  as: Role | 'one-time' | null;
  path: (setup: Setup) => string;
  /** Something that shows the page has rendered its content (after loading what it loads). */
  ready: (page: Page) => Locator;
  /** Opens what the page shows on demand (a dialog, a panel), to be read too. */
  open?: (page: Page) => Promise<void>;
}

const PAGES: ChinesePage[] = [
  {
    name: 'sign-in',
    as: null,
    path: () => '/sign-in',
    ready: (page) => page.getByRole('heading', { name: '登录' }),
  },
  {
    name: 'change password',
    as: 'one-time',
    path: () => '/change-password',
    ready: (page) => page.getByRole('heading', { name: '设置密码' }),
  },
  {
    name: 'batches list',
    as: 'admin',
    path: () => '/batches',
    ready: (page) => page.getByRole('table', { name: '批次' }).getByRole('row').nth(1),
  },
  {
    name: 'batch page',
    as: 'admin',
    path: ({ batchId }) => `/batches/${batchId}`,
    ready: (page) => page.getByRole('table', { name: '此批次的调用' }).getByRole('row').nth(1),
    open: async (page) => {
      await page.getByRole('button', { name: '回滚此批次' }).click();
      await expect(page.getByRole('button', { name: '立即回滚' })).toBeVisible();
    },
  },
  {
    name: 'videos',
    as: 'editor',
    path: ({ batch }) => `/videos?ids=${[...batch.updated, batch.forbidden].join(',')}`,
    ready: (page) => page.getByRole('grid', { name: '视频' }).getByRole('row').nth(3),
    open: async (page) => {
      await page.getByRole('button', { name: '列', exact: true }).click();
      await expect(page.getByRole('group', { name: '显示、隐藏和排列列' })).toBeVisible();
    },
  },
  {
    name: 'videos: a bulk action',
    as: 'editor',
    path: ({ batch }) => `/videos?ids=${[...batch.updated, batch.forbidden].join(',')}`,
    ready: (page) => page.getByRole('grid', { name: '视频' }).getByRole('row').nth(3),
    open: async (page) => {
      await page.getByRole('checkbox', { name: '选择所有已加载的行' }).check();
      await page.getByRole('button', { name: '添加前缀或后缀', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '添加前缀或后缀' });
      await dialog.getByLabel('前缀').fill('春季 · ');
      await expect(dialog.getByRole('table')).toBeVisible();
    },
  },
  {
    name: 'overview',
    as: 'admin',
    path: () => '/overview',
    ready: (page) => page.getByRole('heading', { name: '最常见的错误码' }),
  },
  {
    name: 'audit trail',
    as: 'admin',
    path: () => '/audit',
    ready: (page) => page.getByRole('table', { name: '审计事件，最新的在前' }).getByRole('row').nth(1),
  },
  {
    name: 'users',
    as: 'admin',
    path: () => '/users',
    ready: (page) => page.getByRole('region', { name: '添加用户' }),
  },
  {
    name: 'account',
    as: 'editor',
    path: () => '/account',
    ready: (page) => page.getByRole('button', { name: '设置两步验证' }),
    open: async (page) => {
      await page.getByRole('button', { name: '设置两步验证' }).click();
      await expect(page.getByLabel('应用中的验证码')).toBeVisible();
    },
  },
  {
    name: 'forbidden',
    as: 'editor',
    path: () => '/audit',
    ready: (page) => page.getByRole('heading', { name: '您无权访问此页面' }),
  },
  {
    name: 'not found',
    as: 'admin',
    path: () => '/no-such-page',
    ready: (page) => page.getByRole('heading', { name: '页面不存在' }),
  },
];

// A server of its own: the lists, the overview and the audit trail then hold only this file's data.
test.use({ appEnv: { E2E_SERVER_FOR: 'i18n-pages' } });

test.describe('[I18N][zh-CN] no English left on a Chinese page', () => {
  test.describe.configure({ mode: 'serial' });
  let setup: Setup;

  test.beforeAll(async ({ browser, app }) => {
    test.setTimeout(180_000);
    const batch = await saveMixedBatch(browser, app, 40);
    const admin = await chinesePage(browser, app.url);
    try {
      await signInInChinese(admin, DEMO_USERS.admin);
      await admin.goto('/batches');
      await admin
        .getByRole('table', { name: '批次' })
        .getByRole('row')
        .nth(1)
        .getByRole('link')
        .first()
        .click();
      await expect(admin).toHaveURL(/\/batches\/[0-9a-f-]{36}$/);
      const batchId = admin.url().split('/').at(-1) ?? '';

      const email = `zh-${Date.now()}@example.com`;
      await admin.goto('/users');
      const add = admin.getByRole('region', { name: '添加用户' });
      await add.getByLabel('邮箱').fill(email);
      await add.getByLabel('角色').selectOption({ label: '编辑' });
      await add.getByRole('button', { name: '添加用户' }).click();
      const dialog = admin.getByRole('dialog', { name: `${email} 的一次性密码` });
      const password = await dialog.getByLabel('一次性密码').inputValue();
      await dialog.getByRole('button', { name: '完成' }).click();
      const videos = await Promise.all(
        [...batch.updated, batch.forbidden].map((id) => app.control.getVideo(id)),
      );
      const videoData = videos.flatMap((video) =>
        video
          ? [
              video.Title,
              video.Description ?? '',
              video.CoverURL ?? '',
              video.ReferenceId ?? '',
              ...(video.Tags ?? '').split(',').map((tag) => tag.trim()),
            ]
          : [],
      );
      setup = { batch, batchId, oneTime: { email, password }, videoData };
    } finally {
      await admin.context().close();
    }
  });

  test('[I18N][zh-CN] the scan itself finds English text, names and titles, and skips lang="en"', async ({
    browser,
    app,
  }) => {
    const page = await chinesePage(browser, app.url);
    try {
      await page.goto('/sign-in');
      await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
      expect(await findUntranslated(page, [DEMO_PASSWORD])).toEqual([]);
      await page.evaluate(() => {
        const main = document.querySelector('main');
        main?.insertAdjacentHTML(
          'beforeend',
          '<p>未翻译 Forgotten words</p><button type="button" aria-label="Close panel">×</button>' +
            '<span class="visually-hidden">Hidden hint</span><p lang="en">English on purpose</p>',
        );
      });
      expect((await findUntranslated(page, [DEMO_PASSWORD])).map((found) => found.split(' ')[0])).toEqual([
        'Forgotten',
        'words',
        'Hidden',
        'hint',
        'Close',
        'panel',
      ]);
    } finally {
      await page.context().close();
    }
  });

  for (const target of PAGES) {
    test(`[I18N][zh-CN] ${target.name}`, async ({ browser, app }) => {
      const page = await chinesePage(browser, app.url);
      try {
        if (target.as === 'one-time')
          await signInInChinese(page, setup.oneTime.email, setup.oneTime.password);
        else if (target.as) await signInInChinese(page, DEMO_USERS[target.as]);
        await page.goto(target.path(setup));
        await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
        await expect(target.ready(page)).toBeVisible();
        const userData = [
          ...setup.batch.titles,
          ...setup.videoData,
          ...CATEGORIES.all.map((category) => category.CateName),
          ...DEMO_ACCOUNTS.map((account) => account.name),
          DEMO_PASSWORD,
        ];
        expect(await findUntranslated(page, userData)).toEqual([]);
        if (target.open) {
          await target.open(page);
          expect(await findUntranslated(page, userData)).toEqual([]);
        }
      } finally {
        await page.context().close();
      }
    });
  }
});
