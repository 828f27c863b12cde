import type { Catalog } from '../catalog';

/** common texts (简体中文). */
export const common: Catalog['common'] = {
  appName: 'VOD 批量编辑器',
  appDescription: '在表格中批量编辑视频点播（ApsaraVideo VOD）的媒资信息。',
  modeEmulator: '模拟器 — 演示数据，不是您的视频点播账号',
  modeProduction: '阿里云视频点播',
  signOut: '退出登录',
  skipToContent: '跳到正文',
  mainNavigation: '主导航',
  navOverview: '概览',
  navVideos: '视频',
  navBatches: '批次',
  navAudit: '审计',
  navUsers: '用户',
  userBadge: '{email} · {role, select, admin {管理员} editor {编辑} other {只读用户}}',
  forbiddenTitle: '您无权访问此页面',
  forbiddenBody: '您的角色不允许此操作。如有需要，请联系管理员。',
  notFoundTitle: '页面不存在',
  errorTitle: '出错了',
  errorBody: '错误已记录。请重试；如果问题持续出现，请联系管理员并提供以下编号：',
  retry: '重试',
  loading: '加载中…',
  close: '关闭',
  cancel: '取消',
  showTable: '以表格显示',
  showChart: '以图表显示',
};
