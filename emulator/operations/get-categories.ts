import { LIMITS } from '@/lib/edits/limits';
import type { WireCategory, WireGetCategoriesResponse } from '@/lib/vod-wire/shapes';
import { vodErrors } from '../errors';
import { CATEGORIES } from '../store/categories';
import type { Operation } from './context';
import { intParam } from './params';

const ROOT = -1;

/** GetCategories: one category and a page of its children; CateId -1 lists the level-0 categories. */
export const getCategories: Operation = ({ params }): Omit<WireGetCategoriesResponse, 'RequestId'> => {
  const cateId = intParam(params, 'CateId', { defaultValue: ROOT, min: ROOT, max: Number.MAX_SAFE_INTEGER });
  const pageNo = intParam(params, 'PageNo', { defaultValue: 1, min: 1, max: 1_000_000 });
  const pageSize = intParam(params, 'PageSize', {
    defaultValue: 10,
    min: 1,
    max: LIMITS.categoryPageSizeMax,
  });
  const sortBy = params.get('SortBy') || 'CreationTime:Desc';
  if (sortBy !== 'CreationTime:Desc' && sortBy !== 'CreationTime:Asc') {
    throw vodErrors.invalidParameter(`The specified parameter SortBy is not valid: ${sortBy}`);
  }
  const type = params.get('Type') || 'default';
  if (type !== 'default' && type !== 'material') {
    throw vodErrors.invalidParameter(`The specified parameter Type is not valid: ${type}`);
  }
  const category = cateId === ROOT ? undefined : CATEGORIES.get(cateId);
  if (cateId !== ROOT && !category) throw vodErrors.cateIdNotFound();

  // The emulated account has no material-library categories.
  const children = type === 'material' ? [] : [...CATEGORIES.children(cateId)];
  if (sortBy === 'CreationTime:Desc') children.reverse();
  const page = children.slice((pageNo - 1) * pageSize, pageNo * pageSize);
  const withSubTotal = (c: WireCategory): WireCategory => ({
    ...c,
    SubTotal: CATEGORIES.children(c.CateId).length,
  });
  return {
    SubTotal: children.length,
    ...(category ? { Category: { ...category } } : {}),
    SubCategories: { Category: page.map(withSubTotal) },
  };
};
