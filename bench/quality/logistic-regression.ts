/** Fits L2-regularised logistic regression by Newton's method; returns weights with the intercept first. */
export function fitLogisticRegression(rows: readonly number[][], labels: readonly number[], l2 = 1, iterations = 30): number[] {
  const width = rows[0].length;
  // Standardise so that one penalty suits every feature; the weights are mapped back to raw units at the end.
  const means = Array.from({ length: width }, (_, j) => rows.reduce((sum, row) => sum + row[j], 0) / rows.length);
  const spreads = means.map((mean, j) => Math.sqrt(rows.reduce((sum, row) => sum + (row[j] - mean) ** 2, 0) / rows.length) || 1);
  const x = rows.map((row) => [1, ...row.map((value, j) => (value - means[j]) / spreads[j])]);
  const beta = new Array(width + 1).fill(0);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array(width + 1).fill(0);
    const hessian = Array.from({ length: width + 1 }, () => new Array(width + 1).fill(0));
    x.forEach((xi, i) => {
      const p = 1 / (1 + Math.exp(-xi.reduce((sum, value, j) => sum + value * beta[j], 0)));
      const w = p * (1 - p);
      for (let a = 0; a <= width; a++) {
        gradient[a] += (labels[i] - p) * xi[a];
        for (let b = 0; b <= width; b++) hessian[a][b] += w * xi[a] * xi[b];
      }
    });
    for (let a = 1; a <= width; a++) {
      gradient[a] -= l2 * beta[a];
      hessian[a][a] += l2;
    }
    const delta = solve(hessian, gradient);
    delta.forEach((value, j) => (beta[j] += value));
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  const raw = beta.slice(1).map((value, j) => value / spreads[j]);
  const intercept = beta[0] - raw.reduce((sum, value, j) => sum + value * means[j], 0);
  return [intercept, ...raw];
}

/** Solves a small dense linear system by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++) if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) pivot = row;
    [a[column], a[pivot]] = [a[pivot], a[column]];
    for (let row = column + 1; row < n; row++) {
      const factor = a[row][column] / a[column][column];
      for (let k = column; k <= n; k++) a[row][k] -= factor * a[column][k];
    }
  }
  const solution = new Array(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row][n];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * solution[k];
    solution[row] = sum / a[row][row];
  }
  return solution;
}
