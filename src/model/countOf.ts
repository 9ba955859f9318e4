/** Returns a count with its noun, grouped in thousands: "1 claim", "10,000 statements". */
export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
