import { ApiObject, App } from 'cdk8s';
import { DatalensChart } from '../../charts/datalens-chart';
import { inspectionJsonOf } from '../../foundation/references';
import { DEV_BASE, environment, PROD_BASE, render } from '../support/fixtures';

describe('inspectionJsonOf: an object as JSON for the steps that finish a chart', () => {
  it('turns each object into JSON at most twice in a render: once for the log selectors, prune protection and rotation together, once for the output', () => {
    const calls = new Map<ApiObject, number>();
    const toJson = ApiObject.prototype.toJson;
    const spy = jest.spyOn(ApiObject.prototype, 'toJson').mockImplementation(function (this: ApiObject) {
      calls.set(this, (calls.get(this) ?? 0) + 1);
      return toJson.call(this);
    });
    try {
      // production-shaped: workloads whose Secrets rotate, a database whose backups are protected, log alerts
      render({}, PROD_BASE);
    } finally {
      spy.mockRestore();
    }
    const byKind = (count: number) => [...new Set([...calls].filter(([, n]) => n === count).map(([o]) => o.kind))].sort();
    expect(byKind(3)).toEqual([]);
    // the workloads are read by all three steps, and written
    expect(byKind(2)).toEqual(expect.arrayContaining(['Deployment', 'StatefulSet']));
    expect(Math.max(...calls.values())).toBe(2);
  });

  it.each([
    ['dev', DEV_BASE],
    ['prod', PROD_BASE],
  ])('%s: what the finishing steps read is what the chart writes: each object as they saw it equals its final JSON but for annotations', (_name, base) => {
    const chart = new DatalensChart(new App({ outdir: 'unused', recordConstructMetadata: false }), 'test', { environment: environment({}, base) });
    const withoutAnnotations = ({ metadata: { annotations: _annotations, ...metadata }, ...rest }: any) => ({ ...rest, metadata });
    const objects = chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject);
    // (an object no step asked about is made now, and trivially equal)
    const stale = objects.filter((o) => JSON.stringify(withoutAnnotations(inspectionJsonOf(o))) !== JSON.stringify(withoutAnnotations({ kind: o.kind, metadata: { name: o.name }, ...(o.toJson() as object) })));
    expect(stale.map((o) => `${o.kind}/${o.name}`)).toEqual([]);
    expect(objects.length).toBeGreaterThan(20);
  });
});
