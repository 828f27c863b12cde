import { DEMO_USERS, expect, test } from './fixtures';
import { codeField, enrol, signOut, submitPassword } from './support/two-step';

test.describe('[SECURITY][MFA] optional two-step sign-in', () => {
  // Several sign-ins and a save each, on a shared 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('[SECURITY][MFA-RESET] an editor turns two-step on; an admin resets it, and the password alone works again', async ({
    page,
    signIn,
    pageAs,
  }) => {
    await signIn('editor');
    await enrol(page);
    await signOut(page);
    await submitPassword(page, 'editor');
    await expect(codeField(page)).toBeVisible();

    const admin = await pageAs('admin');
    await admin.goto('/users');
    await admin.getByRole('button', { name: `Reset two-step sign-in of ${DEMO_USERS.editor}` }).click();
    await expect(admin.getByText(`Two-step sign-in of ${DEMO_USERS.editor} is reset`)).toBeVisible();

    await submitPassword(page, 'editor');
    await expect(page).toHaveURL(/\/videos/);
  });
});
