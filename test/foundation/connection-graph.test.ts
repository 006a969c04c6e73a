import { App, Chart } from 'cdk8s';
import { Component, provideContext } from '../../foundation/component';
import { ConnectionGraph } from '../../foundation/connection-graph';
import { environment } from '../support/fixtures';

class Node extends Component {
  constructor(scope: Chart, name: string, id = name) {
    super(scope, id, { name, role: 'test' });
  }
}

function graphWith(names: string[]) {
  const chart = new Chart(new App(), 'test');
  const graph = new ConnectionGraph<Component>();
  provideContext(chart, { environment: environment(), graph });
  return { graph, nodes: Object.fromEntries(names.map((n) => [n, new Node(chart, n)])) };
}

describe('ConnectionGraph', () => {
  it('computes each component depth as one more than its deepest prerequisite', () => {
    const { graph, nodes } = graphWith(['db', 'migrate', 'api', 'web']);
    graph.orderAfter(nodes.migrate, nodes.db);
    graph.orderAfter(nodes.api, nodes.migrate);
    graph.orderAfter(nodes.api, nodes.db);
    graph.orderAfter(nodes.web, nodes.api);
    const depths = graph.depths();
    expect(['db', 'migrate', 'api', 'web'].map((n) => depths.get(nodes[n]))).toEqual([0, 1, 2, 3]);
  });

  it('names the cycle when components need each other', () => {
    const { graph, nodes } = graphWith(['a', 'b', 'c']);
    graph.orderAfter(nodes.a, nodes.b);
    graph.orderAfter(nodes.b, nodes.c);
    graph.orderAfter(nodes.c, nodes.a);
    expect(() => graph.depths()).toThrow('dependency cycle between components: a -> b -> c -> a');
  });

  it('refuses two components of the same name, wherever they sit in the construct tree', () => {
    const { nodes } = graphWith(['a']);
    expect(() => new Node(nodes.a.node.scope as Chart, 'a', 'Elsewhere')).toThrow('two components are named a; component names must be unique in an environment');
  });

  it('refuses a connection without ports', () => {
    const { graph, nodes } = graphWith(['a', 'b']);
    expect(() => graph.connect(nodes.a, nodes.b, [], 'nothing')).toThrow('connection a -> b (nothing) names no port');
  });
});
