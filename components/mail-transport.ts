import type { Connectable } from '../foundation/component';

/** Outgoing mail as the API sees it: SMTP_HOST, SMTP_PORT and, where needed, SMTP credentials. */
export interface MailTransport extends Connectable {
  /** True when the transport catches mail instead of delivering it (development). */
  readonly catchesMail: boolean;
}
