import { Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import type { Environment } from '../config/schema';
import type { ConnectionGraph } from './connection-graph';

/** What every construct of an environment's chart shares: the environment and its connection graph. */
export interface DeploymentContext {
  readonly environment: Environment;
  readonly graph: ConnectionGraph;
}

const contexts = new WeakMap<Chart, DeploymentContext>();

/** Makes `context` available to every construct under `chart`. */
export function provideContext(chart: Chart, context: DeploymentContext): void {
  contexts.set(chart, context);
}

/** The context of the chart `scope` belongs to; fails for a construct outside an environment chart. */
export function contextOf(scope: IConstruct): DeploymentContext {
  const context = contexts.get(Chart.of(scope));
  if (!context) throw new Error(`${scope.node.path}: not inside an environment chart (no deployment context)`);
  return context;
}
