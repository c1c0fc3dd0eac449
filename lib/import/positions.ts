// Offsets into the decoded text as 1-based line and column numbers, for reports people can act on.
export type Position = { offset: number; line: number; column: number };

export function positionIndex(decoded: string): (offset: number) => Position {
  const starts = [0];
  for (let i = decoded.indexOf('\n'); i !== -1; i = decoded.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { offset, line: low + 1, column: offset - starts[low] + 1 };
  };
}
