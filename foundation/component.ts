import { Chart, type ApiObjectMetadata } from 'cdk8s';
import { Construct, type IConstruct } from 'constructs';
import { defaultEnvironment } from '../config/component-settings';
import type { Environment } from '../config/schema';
import type * as k8s from '../imports/k8s';
import { ConnectionGraph } from './connection-graph';
import { recommendedLabels, selectorLabels } from './labels';
import type { TrustAnchor } from './trust-anchor';
import type { Peer, Placement, PortSpec } from './peer';

/** What every construct of an environment's chart shares: the environment and its connection graph. */
export interface DeploymentContext {
  readonly environment: Environment;
  readonly graph: ConnectionGraph<Component>;
}

/** Namespace of the constructs of a plain chart that names none (Kubernetes's `default` is refused as an environment's). */
export const DEFAULT_NAMESPACE = 'datalens';

const contexts = new WeakMap<Chart, DeploymentContext>();

/** Makes `context` available to every construct under `chart`. */
export function provideContext(chart: Chart, context: DeploymentContext): void {
  contexts.set(chart, context);
}

/**
 * The context of the chart `scope` belongs to. A chart nobody provided one for (a plain cdk8s
 * `Chart`) gets its own on first use: the default environment (config/component-settings.ts) in
 * the chart's namespace, and a connection graph of its own.
 */
export function contextOf(scope: IConstruct): DeploymentContext {
  const chart = Chart.of(scope);
  const provided = contexts.get(chart);
  if (provided) return provided;
  const context = { environment: defaultEnvironment(chart.namespace ?? DEFAULT_NAMESPACE), graph: new ConnectionGraph<Component>() };
  contexts.set(chart, context);
  return context;
}

export interface ComponentProps {
  /** Kubernetes name of the component's objects and its `app.kubernetes.io/name`; never derived from the construct path. */
  readonly name: string;
  /** `app.kubernetes.io/component`: what the component is (api, database, cache, ...). */
  readonly role: string;
  /** `app.kubernetes.io/version`, usually the image tag. @default - no version label */
  readonly version?: string;
  /**
   * Where the component's traffic is: its pods in this namespace, or addresses outside the cluster.
   * @default - pods carrying the component's selector labels
   */
  readonly placement?: Placement;
}

/** A consumer's view of a service: whom to allow, on which ports, and the env vars that reach it. */
export interface Binding {
  /** The peer traffic goes to (a pooler in front of a database, say). */
  readonly peer: Peer;
  readonly ports: readonly PortSpec[];
  /** Env vars the consumer needs, referencing Service names and Secrets, never literal credentials. */
  readonly env: readonly k8s.EnvVar[];
  /** Why the consumer talks to the service, for diagrams. */
  readonly purpose: string;
  /** Annotations the consumer's ServiceAccount needs, such as a cloud IAM role. @default - none */
  readonly serviceAccountAnnotations?: Readonly<Record<string, string>>;
  /**
   * CA certificates the consumer verifies the service against, mounted under TRUST_DIR; the env
   * vars already name their paths, so a consumer that mounts its bindings' trust cannot skip it.
   * @default - none (plaintext in a dev opt-out, or a public endpoint verified by the system roots)
   */
  readonly trust?: readonly TrustAnchor[];
  /**
   * Annotations of the consumer's pods that change when the service behind the binding is a new
   * one (a database restored with new generated credentials), so the pods restart and read them.
   * @default - none
   */
  readonly podAnnotations?: Readonly<Record<string, string>>;
}

/** A service a component can be connected to. */
export interface Connectable {
  /** The component that owns the service; the consumer is ordered after it. */
  readonly provider: Component;
  bindingFor(consumer: Component): Binding;
}

/**
 * A deployable part of DataLens: owns its Kubernetes objects (every ApiObject below it in the
 * construct tree), is a peer of the connection graph and a node of the sync order.
 */
export abstract class Component extends Construct implements Peer {
  /** Finds the component an object belongs to: its nearest Component ancestor. */
  static owning(scope: IConstruct): Component | undefined {
    return scope.node.scopes
      .slice()
      .reverse()
      .find((s): s is Component => s instanceof Component);
  }

  readonly name: string;
  readonly role: string;
  readonly placement: Placement;
  protected readonly context: DeploymentContext;
  private readonly version?: string;

  protected constructor(scope: Construct, id: string, props: ComponentProps) {
    super(scope, id);
    this.name = props.name;
    this.role = props.role;
    this.version = props.version;
    this.context = contextOf(this);
    this.placement = props.placement ?? { kind: 'pods', podLabels: this.selector };
    this.context.graph.addComponent(this);
  }

  /** What consumers of this component wait for; the component itself unless its readiness lies elsewhere. */
  get provider(): Component {
    return this;
  }

  get peerName(): string {
    return this.name;
  }

  protected get environment(): Environment {
    return this.context.environment;
  }

  /** Labels a selector of this component's own pods matches. */
  get selector(): Record<string, string> {
    return selectorLabels(this.name);
  }

  /** The recommended labels every object of the component carries. */
  get labels(): Record<string, string> {
    return recommendedLabels({
      name: this.name,
      role: this.role,
      environment: this.environment.name,
      version: this.version,
    });
  }

  /** Metadata of an object of this component; `suffix` makes `<name>-<suffix>`. */
  metadata(suffix?: string, extra: Omit<ApiObjectMetadata, 'name' | 'namespace'> = {}): ApiObjectMetadata {
    return {
      ...extra,
      name: suffix ? `${this.name}-${suffix}` : this.name,
      namespace: this.environment.config.namespace,
      labels: { ...this.labels, ...extra.labels },
    };
  }

  /** The DNS name of one of the component's Services inside the cluster. */
  serviceHost(serviceName = this.name): string {
    return `${serviceName}.${this.environment.config.namespace}.svc.cluster.local`;
  }

  /** Connects this component to a service: records the connection and the order, and returns what the consumer needs. */
  connectTo(service: Connectable): Binding {
    const binding = service.bindingFor(this);
    this.context.graph.connect(this, binding.peer, binding.ports, binding.purpose);
    this.context.graph.orderAfter(this, service.provider);
    return binding;
  }
}
