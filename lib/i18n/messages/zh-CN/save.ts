import type { Catalog } from '../catalog';

/** save texts (简体中文). */
export const save: Catalog['save'] = {
  nothingToSave: '没有可保存的内容：没有视频被修改。',
  tooManyVideos:
    '一次保存最多 {max, plural, other {# 个视频}}，本次有 {actual, number} 个。请分几次保存（例如先筛选）。',
  invalidVideoId: '不是视频点播的视频 ID。',
  duplicateVideo: '视频 {videoId} 出现了多次（第一次是第 {first, number} 项）。',
  baseMismatch: '加载的值必须正好列出被修改的字段。',
  tagOpsWithTags: '标签只能整体替换，或者添加和删除，不能同时进行。',
  nulCharacter: '未保存：新的{field}包含 NUL 字符（\\u0000），无法存储。请删除它后重新保存此视频。',
  tooLargeBody: '本次保存超过了一个请求可携带的 {limit}。请分几次保存（例如先筛选）。',
  invalidBody: '无法读取保存请求：它不是格式正确的 JSON，或嵌套层级过深。',
  waitingForVod: '正在等待视频点播，下次尝试时间：',
  invalidItems:
    '未保存任何内容：{fields, plural, other {# 个值}}不符合视频点播的规则。请修正标出的单元格后重新保存。',
  progressLabel: '保存进度',
  starting: '正在开始保存…',
  saving: '正在保存 {total, plural, other {# 个视频}}…',
  progress: '已完成 {done, number} / {total, number} 个视频',
  updatedCount: '已更新 {n, number} 个',
  problemCount: '{n, plural, other {# 个问题}}',
  finished: '保存完成：已更新 {updated, number} / {total, number} 个。',
  finishedWithProblems:
    '保存完成：已更新 {updated, number} / {total, number} 个，{problems, plural, other {# 个问题}}。',
  interrupted: '保存已中断；服务器恢复后会继续。',
  loadingResults: '正在加载结果…',
  retry: '重试 {n, plural, other {# 个失败的视频}}',
  dismiss: '关闭',
  notSent: '保存请求未能发送到服务器。请检查网络连接后重新保存。',
  nothingToRetry: '没有可重试的内容：本次保存中没有可重试的失败视频。',
  connectionLost: '与服务器的连接中断；正在重试…',
};
