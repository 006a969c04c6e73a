import type { Construct } from 'constructs';
import type { ImageConfig } from '../config/schema';
import { Component, type Binding } from '../foundation/component';
import type { PortSpec } from '../foundation/peer';
import { podTemplate, tcpProbe, httpProbe } from '../foundation/pod-template';
import { serviceAccountFor, serviceFor } from '../foundation/workload-parts';
import * as k8s from '../imports/k8s';
import type { MailTransport } from './mail-transport';

export const MAILHOG_SMTP_PORT: PortSpec = { name: 'smtp', port: 1025 };
export const MAILHOG_UI_PORT: PortSpec = { name: 'http', port: 8025 };

export interface MailHogProps {
  /** MailHog image. */
  readonly image: ImageConfig;
}

/** MailHog for development: accepts all mail on SMTP 1025 and shows it on 8025. Never delivers. */
export class MailHog extends Component implements MailTransport {
  readonly catchesMail = true;

  constructor(scope: Construct, id: string, props: MailHogProps) {
    super(scope, id, { name: 'datalens-mailhog', role: 'mail', version: props.image.tag });
    const account = serviceAccountFor(this);
    serviceFor(this, 'Service', [MAILHOG_SMTP_PORT, MAILHOG_UI_PORT]);
    new k8s.KubeDeployment(this, 'Deployment', {
      metadata: this.metadata(),
      spec: {
        replicas: 1,
        selector: { matchLabels: this.selector },
        template: podTemplate({
          component: this,
          uid: 1000,
          serviceAccountName: account.name,
          replicas: 1,
          containers: [
            {
              name: 'mailhog',
              image: props.image,
              ports: [MAILHOG_SMTP_PORT, MAILHOG_UI_PORT],
              resources: { cpuRequest: '10m', memoryRequest: '32Mi', memoryLimit: '128Mi' },
              livenessProbe: tcpProbe(MAILHOG_SMTP_PORT.name),
              readinessProbe: httpProbe('/', MAILHOG_UI_PORT.name),
            },
          ],
        }),
      },
    });
  }

  bindingFor(): Binding {
    return {
      peer: this,
      ports: [MAILHOG_SMTP_PORT],
      purpose: 'SMTP (caught)',
      env: [
        { name: 'SMTP_HOST', value: this.serviceHost() },
        { name: 'SMTP_PORT', value: String(MAILHOG_SMTP_PORT.port) },
        { name: 'SMTP_USERNAME', value: '' },
        { name: 'SMTP_PASSWORD', value: '' },
      ],
    };
  }
}
