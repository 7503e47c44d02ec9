package org.pvcoder.coding.bench;

import java.util.List;

/** L2-regularized logistic regression fitted by Newton's method; small and dependency-free, for calibration. */
final class LogisticRegression {

    private LogisticRegression() {
    }

    /** Weights with the intercept at index 0. */
    static double[] fit(List<double[]> x, List<Boolean> y, double l2) {
        int d = x.get(0).length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.size(); i++) {
                double[] xi = withBias(x.get(i));
                double p = predict(w, x.get(i));
                double err = p - (y.get(i) ? 1 : 0);
                double s = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < d; a++) {
                    gradient[a] += err * xi[a];
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] += s * xi[a] * xi[b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                gradient[a] += l2 * w[a];
                hessian[a][a] += l2;
            }
            hessian[0][0] += 1e-6;
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                change += Math.abs(step[a]);
            }
            if (change < 1e-8) {
                break;
            }
        }
        return w;
    }

    static double predict(double[] w, double[] x) {
        double z = w[0];
        for (int a = 0; a < x.length; a++) {
            z += w[a + 1] * x[a];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] withBias(double[] x) {
        double[] out = new double[x.length + 1];
        out[0] = 1;
        System.arraycopy(x, 0, out, 1, x.length);
        return out;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            if (Math.abs(m[col][col]) < 1e-12) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
