import { DEMO_PASSWORD, DEMO_USERS, expect, test } from './fixtures';
import { signInOverHttp } from './support/http-sign-in';

// A server of its own: this spec locks the only address its tests come from (127.0.0.1).
test.use({ appEnv: { TRUSTED_PROXIES: '0' } });

const failedSignIns = '/audit?action=auth.sign_in_failed';

test.describe('[SECURITY][THROTTLE] no proxy trusted: the socket is the client', () => {
  // Several sign-ins and a save each, on a shared 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('[SECURITY][SPOOF] a spoofed X-Forwarded-For neither escapes the address lock nor reaches the audit trail', async ({
    app,
    pageAs,
  }) => {
    // Signed in before the spray: the admin's session is not a sign-in attempt, and reads the trail afterwards.
    const admin = await pageAs('admin');
    const answers: Array<string | null> = [];
    for (let i = 0; i < 30; i += 1) {
      const attempt = await signInOverHttp(
        app.url,
        { email: `sprayed${i}@demo.local`, password: 'guess-guess-guess' },
        `203.0.113.${i + 1}`,
      );
      answers.push(attempt.error);
      await attempt.context.dispose();
    }
    expect(answers.slice(0, 19)).toEqual(Array(19).fill('CredentialsSignin'));
    expect(answers.slice(20).every((error) => error?.startsWith('throttled:'))).toBe(true);
    // Another made-up address does not help, not even with the right password.
    const right = await signInOverHttp(
      app.url,
      { email: DEMO_USERS.viewer, password: DEMO_PASSWORD },
      '198.51.100.200',
    );
    expect(right.error).toMatch(/^throttled:\d+$/);
    await right.context.dispose();

    await admin.goto(failedSignIns);
    const trail = admin.getByRole('table', { name: 'Audit events, newest first' });
    await expect(trail.getByRole('row').filter({ hasText: 'sprayed19@demo.local' })).toContainText(
      '127.0.0.1',
    );
    await expect(trail).not.toContainText('203.0.113.');
    await admin.goto('/audit?action=auth.locked');
    await expect(
      admin
        .getByRole('table', { name: 'Audit events, newest first' })
        .getByRole('row')
        .filter({ hasText: '127.0.0.1' })
        .first(),
    ).toBeVisible();
  });
});
