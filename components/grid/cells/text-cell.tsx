export function TextCell({ value }: { value: string }) {
  return <span className="vg-cell__text">{value}</span>;
}
