import type { Catalog } from '../catalog';

/** errors texts (简体中文). */
export const errors: Catalog['errors'] = {
  details: '详情',
  code: '错误码',
  requestId: 'RequestId',
  technical: '技术信息',
  connection: {
    sentence: '应用无法连接视频点播。',
    nextStep: '请检查网络或视频点播的服务状态，然后重试失败的视频。',
  },
  timeout: {
    sentence: '视频点播没有及时响应。',
    nextStep: '请重试失败的视频；如果反复出现，请减少每次保存的视频数。',
  },
  invalidResponse: {
    sentence: '视频点播返回了应用无法解析的响应，通常是网关的错误页。',
    nextStep: '请几分钟后重试。',
  },
  credentials: {
    sentence: '视频点播拒绝了应用的 AccessKey：缺失、错误或已过期。',
    nextStep: '请联系管理员检查本应用的视频点播凭证。',
  },
  aborted: {
    sentence: '对视频点播的调用在发送前已取消。',
    nextStep: '请重试失败的视频。',
  },
  invalidArgument: {
    sentence: '某个筛选值无法发送给视频点播。',
    nextStep: '请修改筛选条件后重试。',
  },
  throttled: {
    sentence: '该账号对视频点播的调用过多，已被限流。',
    nextStep: '请一分钟后重试。',
  },
  unavailable: {
    sentence: '视频点播出现临时故障。',
    nextStep: '请几分钟后重试。',
  },
  forbidden: {
    sentence: '该视频点播账号无权修改此视频。',
    nextStep: '请联系管理员为本应用开通此视频的权限，然后重试。',
  },
  notFound: {
    sentence: '此视频在视频点播中已不存在。',
    nextStep: '无需处理：已没有可修改的视频。',
  },
  referenceNotFound: {
    sentence: '视频点播中找不到用于定位此视频的自定义 ID。',
    nextStep: '请在表格中检查自定义 ID 后重新保存。',
  },
  invalidCharacter: {
    sentence: '新值中含有视频点播无法保存的字符。',
    nextStep: '请删除该字符后重新保存此视频。',
  },
  refused: {
    sentence: '视频点播拒绝了新值。',
    nextStep: '请按视频点播的限制（长度、标签、自定义 ID、封面地址）检查取值后重新保存。',
  },
  unknown: {
    sentence: '与视频点播通信时出错。',
    nextStep: '请重试；如果反复出现，请告知管理员并提供下方详情。',
  },
};
