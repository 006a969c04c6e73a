import { ApiObject, type ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';

/*
 * Typed Flux objects. Flux's CRDs are not among the pinned upstream schemas imports/ is generated
 * from, so these types are written by hand from Flux's documented API (source.toolkit.fluxcd.io/v1
 * GitRepository, kustomize.toolkit.fluxcd.io/v1 Kustomization), with only the fields this project
 * sets. Durations are Go durations (30s, 5m, 1h).
 */

/** Which revision of the repository a GitRepository fetches; exactly one is set. */
export interface GitRepositoryRef {
  /** A branch, fetched at its head. */
  readonly branch?: string;
  /** A tag. */
  readonly tag?: string;
  /** A full reference name such as refs/heads/main or refs/tags/v1.0.0. */
  readonly name?: string;
  /** A commit SHA, fetched exactly. */
  readonly commit?: string;
}

export interface GitRepositorySpec {
  /** The repository URL (https:// or ssh://). */
  readonly url: string;
  /** How often the source is fetched. */
  readonly interval: string;
  readonly ref: GitRepositoryRef;
  /** Secret with the credentials of a private repository, in the GitRepository's namespace. @default - a public repository */
  readonly secretRef?: { readonly name: string };
}

export interface GitRepositoryProps {
  readonly metadata: ApiObjectMetadata;
  readonly spec: GitRepositorySpec;
}

/** A Flux GitRepository (source.toolkit.fluxcd.io/v1). */
export class GitRepository extends ApiObject {
  static readonly GVK = { apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository' } as const;

  constructor(scope: Construct, id: string, props: GitRepositoryProps) {
    super(scope, id, { ...GitRepository.GVK, ...props });
  }
}

export interface KustomizationSpec {
  /** How often the objects are reconciled with the source. */
  readonly interval: string;
  /** Folder in the source, relative to its root (`./dist/prod`). */
  readonly path: string;
  /** Whether objects removed from the source are deleted (objects annotated `kustomize.toolkit.fluxcd.io/prune: disabled` never are). */
  readonly prune: boolean;
  readonly sourceRef: { readonly kind: 'GitRepository'; readonly name: string; readonly namespace?: string };
  /** Kustomizations that must be ready before this one is reconciled. @default - none */
  readonly dependsOn?: readonly { readonly name: string; readonly namespace?: string }[];
  /** How long one reconciliation may take. @default - the interval */
  readonly timeout?: string;
  /** Whether reconciliation waits for every applied object to be ready. @default false */
  readonly wait?: boolean;
}

export interface KustomizationProps {
  readonly metadata: ApiObjectMetadata;
  readonly spec: KustomizationSpec;
}

/** A Flux Kustomization (kustomize.toolkit.fluxcd.io/v1); not kustomize's own kustomization.yaml. */
export class FluxKustomization extends ApiObject {
  static readonly GVK = { apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization' } as const;

  constructor(scope: Construct, id: string, props: KustomizationProps) {
    super(scope, id, { ...FluxKustomization.GVK, ...props });
  }
}
