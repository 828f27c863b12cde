export function TagsCell({ tags }: { tags: readonly string[] }) {
  return (
    <span className="vg-tags">
      {tags.map((tag, i) => (
        // Tags may repeat, so the position is part of the key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <span key={`${i}:${tag}`} className="vg-tag">
          {tag}
          {i < tags.length - 1 ? <span className="ui-visually-hidden">,</span> : null}
        </span>
      ))}
    </span>
  );
}
