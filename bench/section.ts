/** What one part of the benchmark reports: rows for the table and numbers for the final JSON line. */
export interface BenchSection {
  title: string;
  rows: { label: string; value: string }[];
  /** Keys of the final JSON line, in the order they should appear. */
  metrics: Record<string, number>;
}
