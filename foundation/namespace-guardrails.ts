import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { contextOf } from './component';
import { MANAGED_BY_LABEL, PART_OF, PART_OF_LABEL } from './labels';

/** Name of the namespace's ResourceQuota and LimitRange. */
export const GUARDRAILS_NAME = 'datalens-guardrails';

/**
 * What keeps one workload of the environment from starving the rest of its namespace, sized from
 * the environment file (guardrails): a LimitRange that gives containers without requests or limits
 * (those operators add) the environment's defaults, and, when the file sets one, a ResourceQuota of
 * CPU and memory requests, memory limits and storage. Whether the pods at their largest fit the
 * quota is checked at synth (synth/capacity.ts), not found out when a rollout is refused.
 */
export class NamespaceGuardrails extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { config } = contextOf(this).environment;
    const { containerDefaults, containerMaxMemory, quota } = config.guardrails;
    const metadata = { name: GUARDRAILS_NAME, namespace: config.namespace, labels: { [PART_OF_LABEL]: PART_OF, [MANAGED_BY_LABEL]: 'cdk8s' } };
    const q = (value: string) => k8s.Quantity.fromString(value);
    new k8s.KubeLimitRange(this, 'LimitRange', {
      metadata,
      spec: {
        limits: [
          {
            type: 'Container',
            defaultRequest: { cpu: q(containerDefaults.cpuRequest), memory: q(containerDefaults.memoryRequest) },
            default: { memory: q(containerDefaults.memoryLimit), ...(containerDefaults.cpuLimit ? { cpu: q(containerDefaults.cpuLimit) } : {}) },
            ...(containerMaxMemory ? { max: { memory: q(containerMaxMemory) } } : {}),
          },
        ],
      },
    });
    if (!quota) return;
    new k8s.KubeResourceQuota(this, 'ResourceQuota', {
      metadata,
      spec: {
        hard: {
          'requests.cpu': q(quota.requestsCpu),
          'requests.memory': q(quota.requestsMemory),
          'limits.memory': q(quota.limitsMemory),
          'requests.storage': q(quota.requestsStorage),
        },
      },
    });
  }
}
