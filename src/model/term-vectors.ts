/** Sparse term vectors (term → weight) and the similarity measures cohesion needs. */

/** The sum of sparse vectors. */
export function sumVectors(vectors: ReadonlyMap<string, number>[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const vector of vectors) for (const [key, weight] of vector) sum.set(key, (sum.get(key) ?? 0) + weight);
  return sum;
}

/** Euclidean length of a sparse vector. */
export function norm(vector: ReadonlyMap<string, number>): number {
  let squares = 0;
  for (const weight of vector.values()) squares += weight * weight;
  return Math.sqrt(squares);
}

/** Cosine similarity of two sparse vectors (0 when either is empty). */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, weight] of small) dot += weight * (large.get(key) ?? 0);
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/** Cosine of a paragraph with the story total minus itself and its heading, without building that vector. */
export function cosineWithRest(own: ReadonlyMap<string, number>, total: ReadonlyMap<string, number>, totalNorm: number, heading: ReadonlyMap<string, number> | undefined): number {
  const removed = heading ? sumVectors([own, heading]) : own;
  let ownDotRest = 0;
  for (const [key, weight] of own) ownDotRest += weight * ((total.get(key) ?? 0) - (removed.get(key) ?? 0));
  let totalDotRemoved = 0;
  for (const [key, weight] of removed) totalDotRemoved += weight * (total.get(key) ?? 0);
  const removedNorm = norm(removed);
  const restSquares = totalNorm * totalNorm - 2 * totalDotRemoved + removedNorm * removedNorm;
  const denominator = norm(own) * Math.sqrt(Math.max(0, restSquares));
  return denominator <= 1e-9 ? 0 : ownDotRest / denominator;
}
