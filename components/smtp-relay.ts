import type { Construct } from 'constructs';
import { AppSecret } from '../foundation/app-secret';
import { Component, type Binding } from '../foundation/component';
import { NON_PUBLIC_RANGES, type PortSpec } from '../foundation/peer';
import type { MailTransport } from './mail-transport';

export interface SmtpRelayProps {
  /** Host name of the relay, for example email-smtp.ap-south-1.amazonaws.com. */
  readonly host: string;
  /** SMTP submission port. @default 587 */
  readonly port?: number;
}

/** The environment's SMTP relay outside the cluster; credentials come from the secret store (key smtp). */
export class SmtpRelay extends Component implements MailTransport {
  readonly catchesMail = false;
  private readonly host: string;
  private readonly port: PortSpec;
  private readonly credentials: AppSecret;

  constructor(scope: Construct, id: string, props: SmtpRelayProps) {
    super(scope, id, { name: 'datalens-smtp-relay', role: 'mail', placement: { kind: 'addresses', cidr: '0.0.0.0/0', except: NON_PUBLIC_RANGES } });
    this.host = props.host;
    this.port = { name: 'submission', port: props.port ?? 587 };
    this.credentials = new AppSecret(this, 'Credentials', {
      name: 'datalens-smtp',
      values: {
        username: { remoteKey: 'smtp', property: 'username', placeholder: 'dev-only-smtp-user' },
        password: { remoteKey: 'smtp', property: 'password', placeholder: 'dev-only-smtp-password' },
      },
    });
  }

  bindingFor(): Binding {
    return {
      peer: this,
      ports: [this.port],
      purpose: 'SMTP submission',
      env: [
        { name: 'SMTP_HOST', value: this.host },
        { name: 'SMTP_PORT', value: String(this.port.port) },
        this.credentials.env('SMTP_USERNAME', 'username'),
        this.credentials.env('SMTP_PASSWORD', 'password'),
      ],
    };
  }
}
