import type { Peer, PortSpec } from './peer';

/** Traffic from one peer to another on some ports. */
export interface Connection {
  readonly from: Peer;
  readonly to: Peer;
  readonly ports: readonly PortSpec[];
  readonly purpose: string;
}

/** What the graph orders and names: a peer with a name unique in its environment (a Component). */
export interface GraphNode extends Peer {
  readonly name: string;
}

/**
 * Everything an environment's components declared about each other: who talks to whom on which
 * ports (the source of NetworkPolicies and the topology diagram) and who must be running before
 * whom (the source of the sync order). Connections are recorded once and read by all three.
 */
export class ConnectionGraph<C extends GraphNode> {
  private readonly componentList: C[] = [];
  private readonly connectionList: Connection[] = [];
  private readonly prerequisites = new Map<C, Set<C>>();

  addComponent(component: C): void {
    if (this.componentList.some((c) => c.name === component.name)) {
      throw new Error(`two components are named ${component.name}; component names must be unique in an environment`);
    }
    this.componentList.push(component);
    this.prerequisites.set(component, new Set());
  }

  /** Allows traffic from `from` to `to` on `ports`. */
  connect(from: Peer, to: Peer, ports: readonly PortSpec[], purpose: string): void {
    if (ports.length === 0) throw new Error(`connection ${from.peerName} -> ${to.peerName} (${purpose}) names no port`);
    this.connectionList.push({ from, to, ports, purpose });
  }

  /** Declares that `consumer` needs `provider` running first. */
  orderAfter(consumer: C, provider: C): void {
    if (consumer === provider) return;
    this.prerequisites.get(consumer)?.add(provider);
  }

  get components(): readonly C[] {
    return this.componentList;
  }

  get connections(): readonly Connection[] {
    return this.connectionList;
  }

  /** Connections that arrive at `peer`. */
  inbound(peer: Peer): Connection[] {
    return this.connectionList.filter((c) => c.to === peer);
  }

  /** Connections that leave `peer`. */
  outbound(peer: Peer): Connection[] {
    return this.connectionList.filter((c) => c.from === peer);
  }

  /** Components `component` needs running first. */
  prerequisitesOf(component: C): C[] {
    return [...(this.prerequisites.get(component) ?? [])];
  }

  /**
   * How deep each component sits in the prerequisite graph: 0 for one that needs nothing,
   * otherwise one more than its deepest prerequisite. Fails on a cycle, naming it.
   */
  depths(): Map<C, number> {
    const depth = new Map<C, number>();
    const visiting: C[] = [];
    const visit = (component: C): number => {
      const known = depth.get(component);
      if (known !== undefined) return known;
      if (visiting.includes(component)) {
        const cycle = [...visiting.slice(visiting.indexOf(component)), component].map((c) => c.name).join(' -> ');
        throw new Error(`dependency cycle between components: ${cycle}`);
      }
      visiting.push(component);
      const own = Math.max(-1, ...this.prerequisitesOf(component).map(visit)) + 1;
      visiting.pop();
      depth.set(component, own);
      return own;
    };
    this.componentList.forEach(visit);
    return depth;
  }
}
