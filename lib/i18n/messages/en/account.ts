/** account texts: the signed-in user's own sign-in security (English). */
export const account = {
  pageTitle: 'Account security',
  navLabel: 'Account',
  mustEnrol: 'Admins must use two-step sign-in here. Set it up to continue.',
  twoStepTitle: 'Two-step sign-in',
  twoStepIntro:
    'After your password, sign-in also asks for a code from an authenticator app on your phone (any TOTP app).',
  twoStepSso: 'You sign in through single sign-on: your identity provider handles two-step sign-in.',
  twoStepOn: 'Two-step sign-in is on.',
  twoStepOff: 'Two-step sign-in is off.',
  setUp: 'Set up two-step sign-in',
  setUpSteps:
    'Add this key to your authenticator app (type it in, or import the link), then enter the 6-digit code it shows.',
  secretLabel: 'Key',
  uriLabel: 'Link for authenticator apps',
  codeLabel: 'Code from your app',
  confirm: 'Turn on',
  wrongCode: 'That code is not valid. Check the time on your phone and try the newest code.',
  recoveryTitle: 'Your recovery codes',
  recoveryIntro:
    'Each code signs you in once if you lose your phone. Save them somewhere safe now: they are not shown again.',
  recoveryDone: 'I have saved my recovery codes',
  turnOff: 'Turn off two-step sign-in',
  turnOffCodeLabel: 'Current code, to turn two-step sign-in off',
  turnedOff: 'Two-step sign-in is off.',
  cannotTurnOff: 'Admins must keep two-step sign-in on here.',
  sessionsTitle: 'Sessions',
  sessionsIntro:
    'Signed in on a computer you no longer use, or lost one? End every session, this one included.',
  signOutEverywhere: 'Sign out everywhere',
  alreadyOn: 'Two-step sign-in is already on.',
  noEnrolment: 'Start setting up two-step sign-in first.',
} as const;
