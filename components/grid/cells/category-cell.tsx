import { gridMessages } from '@/lib/messages/grid';
import { type CategoryIndex, categoryPathText } from '../ops/categories';

export function CategoryCell({ cateId, categories }: { cateId: number | null; categories: CategoryIndex }) {
  if (cateId === null) return <span className="vg-cell__muted">{gridMessages.noCategory}</span>;
  const node = categories.byId.get(cateId);
  return (
    <span className="vg-cell__text">
      {node ? categoryPathText(node) : gridMessages.unknownCategory(cateId)}
    </span>
  );
}
