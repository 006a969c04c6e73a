import type { Component } from '../../foundation/component';
import type { PortSpec } from '../../foundation/peer';

/** A component the edge forwards to: its Service port and, when that port speaks TLS, the name its certificate is verified by. */
export type Backend = Component & {
  readonly port: PortSpec;
  /** The name in the TLS port's certificate. @default - none: the port is plain HTTP */
  readonly serverName?: string;
};

/** A host served by the edge and the component behind it. */
export interface Route {
  readonly host: string;
  readonly backend: Backend;
  /** Path prefix routed to the backend; anything else on the host is not exposed. @default '/' */
  readonly pathPrefix?: string;
}
