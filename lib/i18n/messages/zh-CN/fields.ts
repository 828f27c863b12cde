import type { Catalog } from '../catalog';

/** fields texts (简体中文). */
export const fields: Catalog['fields'] = {
  labels: {
    title: '标题',
    description: '描述',
    tags: '标签',
    cateId: '分类',
    coverUrl: '封面地址',
    referenceId: '自定义 ID',
  },
  empty: '（空）',
};
