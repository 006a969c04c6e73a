import type * as k8s from '../imports/k8s';
import type { PortSpec } from './peer';

/*
 * TLS in front of an HTTP server of the same pod, by nginx: the frontend's own nginx (an extra
 * server block) and the API's TLS sidecar share this configuration, so what the edge reaches is
 * one kind of listener, verified against the internal CA by the name in its certificate.
 */

/** Where nginx reads the server certificate: tls.crt (leaf and chain) and tls.key of the certificate's Secret. */
export const NGINX_TLS_DIR = '/etc/nginx/tls';
/** The folder nginx-unprivileged's nginx.conf includes inside `http {}` (`include /etc/nginx/conf.d/*.conf`). */
export const NGINX_CONF_DIR = '/etc/nginx/conf.d';
/** A path the TLS server answers itself, for the kubelet's probes: up whatever the server behind it does. */
export const TLS_HEALTH_PATH = '/.tls-healthz';

export interface NginxTlsServerOptions {
  /** The TLS port it listens on. */
  readonly listen: PortSpec;
  /** The plaintext port of the pod's own server it forwards to, on 127.0.0.1 (never reachable from another pod). */
  readonly upstreamPort: number;
  /** How long a request may take: the edge's request timeout, so this hop never ends a request the edge still waits for. */
  readonly timeoutSeconds: number;
}

/**
 * One `server` block: TLS 1.2/1.3 with the mounted certificate on `listen`, forwarding everything
 * to 127.0.0.1:`upstreamPort` unchanged: the client's Host and X-Forwarded-* headers pass through
 * as the edge set them, bodies and responses stream (no size limit and no buffering: the edge and
 * the server behind set the limits, and a large evidence download must not fill the pod's /tmp).
 */
export function nginxTlsServer({ listen, upstreamPort, timeoutSeconds }: NginxTlsServerOptions): string {
  return [
    `# TLS from the edge, verified against the internal CA; forwards to the server on 127.0.0.1:${upstreamPort}`,
    'server {',
    `    listen ${listen.port} ssl;`,
    `    ssl_certificate ${NGINX_TLS_DIR}/tls.crt;`,
    `    ssl_certificate_key ${NGINX_TLS_DIR}/tls.key;`,
    '    ssl_protocols TLSv1.2 TLSv1.3;',
    '    ssl_session_cache shared:datalens_tls:1m;',
    `    location = ${TLS_HEALTH_PATH} {`,
    '        access_log off;',
    '        default_type text/plain;',
    '        return 200 "ok\\n";',
    '    }',
    '    location / {',
    `        proxy_pass http://127.0.0.1:${upstreamPort};`,
    '        proxy_http_version 1.1;',
    '        proxy_set_header Host $http_host;',
    '        proxy_set_header Connection "";',
    '        proxy_redirect off;',
    '        proxy_buffering off;',
    '        proxy_request_buffering off;',
    '        client_max_body_size 0;',
    `        proxy_read_timeout ${timeoutSeconds}s;`,
    `        proxy_send_timeout ${timeoutSeconds}s;`,
    '    }',
    '}',
    '',
  ].join('\n');
}

/**
 * The volume holding the server certificate for nginx: tls.crt and tls.key of `secretName` (not
 * ca.crt: nginx verifies no client), readable by the pod's group only (its fsGroup).
 */
export function nginxTlsVolume(name: string, secretName: string): k8s.Volume {
  return { name, secret: { secretName, defaultMode: 0o440, items: [{ key: 'tls.crt', path: 'tls.crt' }, { key: 'tls.key', path: 'tls.key' }] } };
}

/** Where nginx-unprivileged writes: its pid and temp files (/tmp), its cache, and its run folder. */
export const NGINX_WRITABLE_PATHS = { tmp: '/tmp', cache: '/var/cache/nginx', run: '/var/run' } as const;
