import { topologyMermaid } from '../../synth/topology';
import { PROD_BASE, render } from '../support/fixtures';

describe('topology diagram', () => {
  const rendered = render({}, PROD_BASE);
  const mermaid = topologyMermaid(rendered);
  const nodes = mermaid.split('\n').filter((l) => /^ {4}\w+\["/.test(l));
  const edges = mermaid.split('\n').filter((l) => l.includes('-->'));

  it('draws every component, in the cluster or outside it', () => {
    for (const component of rendered.graph.components) expect(mermaid).toContain(`["${component.name}<br/>`);
    expect(mermaid).toMatch(/subgraph outside[\s\S]*datalens_redis\["datalens-redis/);
    expect(mermaid).toMatch(/subgraph cluster[\s\S]*datalens_api\["datalens-api/);
  });

  it('draws every connection with its ports, and nothing else', () => {
    expect(edges).toHaveLength(rendered.graph.connections.length);
    expect(edges).toContain('  datalens_api -->|"5432/TCP SQL"| datalens_postgres_pooler');
    const peers = new Set(rendered.graph.connections.flatMap((c) => [c.from.peerName, c.to.peerName]).concat(rendered.graph.components.map((c) => c.peerName)));
    expect(nodes).toHaveLength(peers.size);
  });
});
