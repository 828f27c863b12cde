/** The text alone: its cell is a block that clips it with an ellipsis, so a wrapper element would only cost. */
export function TextCell({ value }: { value: string }) {
  return value;
}
