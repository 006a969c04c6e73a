import type { Component } from '../../foundation/component';
import type { PortSpec } from '../../foundation/peer';

/** A host served by the edge and the component behind it. */
export interface Route {
  readonly host: string;
  readonly backend: Component & { readonly port: PortSpec };
  /** Path prefix routed to the backend; anything else on the host is not exposed. @default '/' */
  readonly pathPrefix?: string;
}
