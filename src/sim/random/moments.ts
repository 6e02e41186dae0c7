import type { DistributionSpec } from './distributions';

/** Standard normal density and distribution function (erfc by Numerical Recipes' erfcc, |ε| < 1.2e-7). */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Mean and standard deviation of a distribution, exact (truncated normal: the closed form). Used
 * for the QC-bound (3600 ÷ mean cycle time) and to check samplers in tests.
 */
export function moments(spec: DistributionSpec): { mean: number; sd: number } {
  switch (spec.dist) {
    case 'constant':
      return { mean: spec.value, sd: 0 };
    case 'uniform':
      return { mean: (spec.min + spec.max) / 2, sd: (spec.max - spec.min) / Math.sqrt(12) };
    case 'triangular': {
      const { min: a, mode: c, max: b } = spec;
      return { mean: (a + b + c) / 3, sd: Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18) };
    }
    case 'normal':
      return truncatedNormalMoments(spec.mean, spec.sd, spec.min ?? -Infinity, spec.max ?? Infinity);
    case 'lognormal':
      return { mean: spec.mean, sd: spec.sd };
    case 'exponential':
      return { mean: spec.mean, sd: spec.mean };
    case 'erlang':
      return { mean: spec.mean, sd: spec.mean / Math.sqrt(spec.k) };
    case 'empirical': {
      const w = spec.weights ?? spec.values.map(() => 1);
      const total = w.reduce((s, x) => s + x, 0);
      const mean = spec.values.reduce((s, v, i) => s + v * w[i], 0) / total;
      const variance = spec.values.reduce((s, v, i) => s + (v - mean) ** 2 * w[i], 0) / total;
      return { mean, sd: Math.sqrt(variance) };
    }
  }
}

/** Probability mass a normal keeps inside [lo, hi]. */
export function normalMassWithin(mean: number, sd: number, lo: number, hi: number): number {
  return normalCdf((hi - mean) / sd) - normalCdf((lo - mean) / sd);
}

function truncatedNormalMoments(mu: number, sigma: number, lo: number, hi: number): { mean: number; sd: number } {
  if (sigma === 0) return { mean: Math.min(Math.max(mu, lo), hi), sd: 0 };
  const a = (lo - mu) / sigma;
  const b = (hi - mu) / sigma;
  const z = normalCdf(b) - normalCdf(a);
  const pa = Number.isFinite(a) ? normalPdf(a) : 0;
  const pb = Number.isFinite(b) ? normalPdf(b) : 0;
  const aPa = Number.isFinite(a) ? a * pa : 0;
  const bPb = Number.isFinite(b) ? b * pb : 0;
  const shift = (pa - pb) / z;
  const variance = sigma * sigma * (1 + (aPa - bPb) / z - shift * shift);
  return { mean: mu + sigma * shift, sd: Math.sqrt(Math.max(variance, 0)) };
}
