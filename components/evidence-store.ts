import type { Connectable } from '../foundation/component';

/**
 * Object storage for evidence packages, as the API sees it: an S3-compatible bucket in a region.
 * MinIO (self-hosted) and AWS S3 implement it; the API depends on this contract only, so the
 * backend can change without touching the API's wiring.
 */
export interface EvidenceStore extends Connectable {
  /** Bucket the evidence packages are written to. */
  readonly bucket: string;
  /** Region the bucket lives in (data residency). */
  readonly region: string;
}
