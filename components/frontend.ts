import type { Construct } from 'constructs';
import { settingsWithDefaults, type FrontendSettings } from '../config/component-settings';
import { hostsOf } from '../config/hosts';
import type { ImageConfig } from '../config/schema';
import { Component, contextOf } from '../foundation/component';
import { InternalCa } from '../foundation/internal-ca';
import { NGINX_CONF_DIR, NGINX_TLS_DIR, NGINX_WRITABLE_PATHS, nginxTlsServer, nginxTlsVolume } from '../foundation/nginx-tls-server';
import type { PortSpec } from '../foundation/peer';
import { httpProbe, imageVersion } from '../foundation/pod-template';
import { notReadyRule, observe } from '../foundation/telemetry';
import { checksum, CONFIG_CHECKSUM_ANNOTATION, configMapFor, serviceAccountFor, serviceFor, statelessDeployment } from '../foundation/workload-parts';
import type { Api } from './api';

/** The image's own plain HTTP server: the kubelet's liveness probe, and the TLS server's upstream on 127.0.0.1. */
export const FRONTEND_PORT: PortSpec = { name: 'http', port: 8080 };
/** The TLS server the same nginx adds for the edge when internal TLS is on. */
export const FRONTEND_TLS_PORT: PortSpec = { name: 'https', port: 8443, tls: true };
/** File name of the TLS server block in nginx's conf.d, beside the image's own default.conf. */
const TLS_CONF_FILE = 'datalens-tls.conf';
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
 * from a ConfigMap, so one image serves every environment. With internal TLS on, the same nginx
 * also serves TLS with a certificate of the internal CA, forwarding to its own server on
 * 127.0.0.1 (so the image's SPA fallback and headers hold on both), and the Service exposes only that.
 */
export class Frontend extends Component {
  /** The port the Service exposes: the TLS server's, or the image's own where internal TLS is off. */
  readonly port: PortSpec;
  /** The name the TLS port's certificate is verified by. @default - none: the port is plain HTTP */
  readonly serverName?: string;

  constructor(scope: Construct, id: string, props: FrontendProps) {
    const config = settingsWithDefaults('frontend', props.config ?? {}, `${scope.node.path}/${id}`, contextOf(scope).environment);
    super(scope, id, { name: props.name ?? 'datalens-frontend', role: 'frontend', version: imageVersion(props.image) });
    const apiBaseUrl = props.apiBaseUrl ?? `https://${hostsOf(this.environment).api}`;
    const apiVersion = props.apiVersion ?? props.api.apiVersion;
    const ca = InternalCa.of(this);
    const certificate = ca.enabled ? ca.serverCertificate(this, { services: [this.name] }) : undefined;
    this.port = certificate ? FRONTEND_TLS_PORT : FRONTEND_PORT;
    this.serverName = certificate?.serverName;
    const runtimeData = { 'config.js': `window.__DATALENS_CONFIG__ = ${JSON.stringify({ apiBaseUrl, apiVersion })};\n` };
    const runtime = configMapFor(this, 'Config', runtimeData);
    const tlsData = certificate ? { [TLS_CONF_FILE]: nginxTlsServer({ listen: FRONTEND_TLS_PORT, upstreamPort: FRONTEND_PORT.port, timeoutSeconds: this.environment.config.edge.timeoutSeconds }) } : undefined;
    const tlsConfig = tlsData ? configMapFor(this, 'TlsConfig', tlsData, 'tls') : undefined;
    const account = serviceAccountFor(this);
    serviceFor(this, 'Service', [this.port]);
    statelessDeployment(this, {
      replicas: config.replicas,
      autoscaling: config.autoscaling,
      uid: NGINX_UID,
      serviceAccountName: account.name,
      annotations: { [CONFIG_CHECKSUM_ANNOTATION]: tlsData ? checksum(this, [runtimeData, tlsData]) : runtime.checksum },
      containers: [
        {
          name: 'nginx',
          image: props.image,
          ports: certificate ? [FRONTEND_PORT, FRONTEND_TLS_PORT] : [FRONTEND_PORT],
          resources: config.resources,
          livenessProbe: httpProbe('/', FRONTEND_PORT.name),
          // ready when what the edge reaches answers: the TLS server and the server behind it
          readinessProbe: httpProbe('/', certificate ? FRONTEND_TLS_PORT : FRONTEND_PORT, { periodSeconds: 5 }),
          preStop: ['sleep', '5'],
          writablePaths: NGINX_WRITABLE_PATHS,
          volumeMounts: [
            { name: 'runtime-config', mountPath: '/usr/share/nginx/html/config.js', subPath: 'config.js', readOnly: true },
            // one file beside the image's default.conf, which nginx-unprivileged's nginx.conf includes in http {}
            ...(certificate
              ? [
                  { name: 'tls-config', mountPath: `${NGINX_CONF_DIR}/${TLS_CONF_FILE}`, subPath: TLS_CONF_FILE, readOnly: true },
                  { name: 'tls-certificate', mountPath: NGINX_TLS_DIR, readOnly: true },
                ]
              : []),
          ],
        },
      ],
      volumes: [
        { name: 'runtime-config', configMap: { name: runtime.name } },
        ...(tlsConfig && certificate ? [{ name: 'tls-config', configMap: { name: tlsConfig.name } }, nginxTlsVolume('tls-certificate', certificate.secretName)] : []),
      ],
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
