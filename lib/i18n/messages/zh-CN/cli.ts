import type { Catalog } from '../catalog';

/** cli texts: `npm run user` (简体中文). */
export const cli: Catalog['cli'] = {
  usage: `用法：npm run user -- 命令 [选项]

命令：
  add --email E --role {roles} [--name N] [--password P | --no-password]
      创建用户。不指定 --password 时会生成一个密码并只显示一次；
      --no-password 创建的账号只能通过单点登录登录。
  set-role --email E --role {roles}
  disable --email E          停用用户并结束其所有会话。
  enable --email E
  reset-password --email E [--password P]
      设置新密码（生成的密码只显示一次），并结束该用户的所有会话。
  sign-out-everywhere --email E   结束用户的所有会话。
  reset-two-step --email E        移除用户的两步验证（手机丢失时）；用户可重新设置。
  list                       列出所有用户。

所有命令通用的选项：
  --lang zh-CN|en            本工具消息的语言（默认取自 LC_ALL、LC_MESSAGES 或 LANG）。

使用与应用相同的数据库：DATABASE_URL，或 DATA_DIR 下的内嵌数据库（默认 .data）。`,
  unexpectedArgument: '多余的参数：{argument}',
  unknownCommand: '未知命令：{command}',
  badLanguage: '--lang 必须是以下之一：{locales}',
  passwordOrNone: '--password 和 --no-password 只能指定一个',
  emailRequired: '必须指定 --email',
  notEmail: '不是有效的邮箱地址：{email}',
  roleRequired: '--role 必须是以下之一：{roles}',
  created: '已创建 {role} 用户 {email}。',
  roleChanged: '{email} 的角色已改为 {role}。',
  disabled: '{email} 已停用。',
  enabled: '{email} 已启用。',
  passwordReset: '{email} 的密码已重置，其所有会话已结束。',
  signedOutEverywhere: '{email} 已在所有设备上退出登录。',
  twoStepReset: '{email} 的两步验证已重置。',
  passwordShown: '密码（仅此一次显示）：{password}',
  noUsers: '没有用户。请先创建第一个管理员：npm run user -- add --email you@example.com --role admin',
  noSuchUser: '用户不存在：{email}',
  emailTaken: '已存在邮箱为 {email} 的用户',
  lastAdmin: '{email} 是最后一个正常状态的管理员',
  columns: { email: '邮箱', role: '角色', status: '状态', signIn: '登录方式', lastSignIn: '最近登录' },
  statusActive: '正常',
  statusDisabled: '已停用',
  signInPassword: '密码',
  signInSsoOnly: '仅单点登录',
  never: '从未',
};
