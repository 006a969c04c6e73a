import type { Construct } from 'constructs';
import { settingsWithDefaults, type FrontendSettings } from '../config/component-settings';
import { hostsOf } from '../config/hosts';
import type { ImageConfig } from '../config/schema';
import { Component, contextOf } from '../foundation/component';
import type { PortSpec } from '../foundation/peer';
import { httpProbe, imageVersion } from '../foundation/pod-template';
import { notReadyRule, observe } from '../foundation/telemetry';
import { CONFIG_CHECKSUM_ANNOTATION, configMapFor, serviceAccountFor, serviceFor, statelessDeployment } from '../foundation/workload-parts';
import type { Api } from './api';

export const FRONTEND_PORT: PortSpec = { name: 'http', port: 8080 };
/** The nginx user of nginx-unprivileged based images. */
const NGINX_UID = 101;

export interface FrontendProps {
  /**
   * Frontend settings, as `frontend` of an environment file (replicas, resources, autoscaling).
   * @default - every field at its schema default (config/schema.ts)
   */
  readonly config?: FrontendSettings;
  /** The frontend image: nginx serving the built SPA as uid 101 on port 8080 (see README, image contract). */
  readonly image: ImageConfig;
  /** The API the SPA calls from the browser; the frontend is rolled out after it. */
  readonly api: Api;
  /**
   * Public base URL of the API, written into the SPA's runtime config.
   * @default - https://api. and the environment's domain
   */
  readonly apiBaseUrl?: string;
  /**
   * API version the SPA calls.
   * @default - the version `api` serves
   */
  readonly apiVersion?: string;
  /**
   * Kubernetes name of its objects and its `app.kubernetes.io/name`.
   * @default 'datalens-frontend'
   */
  readonly name?: string;
}

/**
 * The React/Vite SPA served by unprivileged nginx. Runtime settings are a `config.js` mounted
 * from a ConfigMap, so one image serves every environment.
 */
export class Frontend extends Component {
  readonly port = FRONTEND_PORT;

  constructor(scope: Construct, id: string, props: FrontendProps) {
    const config = settingsWithDefaults('frontend', props.config ?? {}, `${scope.node.path}/${id}`, contextOf(scope).environment);
    super(scope, id, { name: props.name ?? 'datalens-frontend', role: 'frontend', version: imageVersion(props.image) });
    const apiBaseUrl = props.apiBaseUrl ?? `https://${hostsOf(this.environment).api}`;
    const apiVersion = props.apiVersion ?? props.api.apiVersion;
    const runtime = configMapFor(this, 'Config', {
      'config.js': `window.__DATALENS_CONFIG__ = ${JSON.stringify({ apiBaseUrl, apiVersion })};\n`,
    });
    const account = serviceAccountFor(this);
    serviceFor(this, 'Service', [FRONTEND_PORT]);
    statelessDeployment(this, {
      replicas: config.replicas,
      autoscaling: config.autoscaling,
      uid: NGINX_UID,
      serviceAccountName: account.name,
      annotations: { [CONFIG_CHECKSUM_ANNOTATION]: runtime.checksum },
      containers: [
        {
          name: 'nginx',
          image: props.image,
          ports: [FRONTEND_PORT],
          resources: config.resources,
          livenessProbe: httpProbe('/', FRONTEND_PORT.name),
          readinessProbe: httpProbe('/', FRONTEND_PORT.name, { periodSeconds: 5 }),
          preStop: ['sleep', '5'],
          writablePaths: { tmp: '/tmp', cache: '/var/cache/nginx', run: '/var/run' },
          volumeMounts: [{ name: 'runtime-config', mountPath: '/usr/share/nginx/html/config.js', subPath: 'config.js', readOnly: true }],
        },
      ],
      volumes: [{ name: 'runtime-config', configMap: { name: runtime.name } }],
    });
    this.context.graph.orderAfter(this, props.api);
    const ns = this.metadata().namespace;
    observe(this, {
      title: 'DataLens frontend',
      health: `kube_deployment_status_replicas_available{namespace="${ns}",deployment="${this.name}"} > bool 0`,
      rules: [notReadyRule(this, 'Deployment', 'The consoles may be unreachable. Check the pods and the ingress controller.')],
      panels: [{ title: 'Ready pods', expr: `kube_deployment_status_replicas_available{namespace="${ns}",deployment="${this.name}"}` }],
    });
  }
}
