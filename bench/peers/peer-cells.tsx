/**
 * The cells both peers draw for our select and cover columns. A cover is the empty box our grid shows for a
 * row that scrolls in while the grid is scrolling (it loads covers only once scrolling stops), so the scroll
 * compares the same pixels. An <img> per row instead cost Chromium about 25 ms a frame at 50,000 rows in its
 * image load prioritisation alone, a cost our grid never pays while scrolling, which made the floor a
 * ceiling.
 */

export const Checkbox = () => <input type="checkbox" aria-label="Select row" />;

export const CoverBox = () => (
  <span
    style={{
      display: 'inline-block',
      width: 40,
      height: 22,
      borderRadius: 3,
      background: '#e4e4e7',
      verticalAlign: 'middle',
    }}
  />
);
