import { Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { defaultEnvironment } from '../config/component-settings';
import type { Environment } from '../config/schema';
import { ConnectionGraph } from './connection-graph';

/** What every construct of an environment's chart shares: the environment and its connection graph. */
export interface DeploymentContext {
  readonly environment: Environment;
  readonly graph: ConnectionGraph;
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
  const context = { environment: defaultEnvironment(chart.namespace ?? DEFAULT_NAMESPACE), graph: new ConnectionGraph() };
  contexts.set(chart, context);
  return context;
}
