import * as kplus from 'cdk8s-plus-27';
import type { Construct } from 'constructs';
import { stringify } from 'yaml';
import type { EnvironmentConfig } from '../config/schema';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../imports/prometheusrule-monitoring.coreos.com';
import { contextOf, type Component } from './component';

/** Folder of the repository the runbooks are generated into, one `<alert>.md` per alert name. */
export const RUNBOOKS_FOLDER = 'docs/runbooks';

/**
 * An alert and its runbook: the rule and the runbook file (docs/runbooks/<alert>.md, linked from the
 * rule's `runbook_url`) are both generated from this one declaration.
 */
export interface AlertRule {
  /** Alert name, CamelCase. */
  readonly alert: string;
  /** PromQL expression; it fires while it returns series. */
  readonly expr: string;
  /** How long the expression must hold before the alert fires. */
  readonly for: string;
  readonly severity: 'critical' | 'warning';
  /** One line: what is wrong. */
  readonly summary: string;
  /** What it means for DataLens and what to do first (the rule's description, the runbook's "What to do"). */
  readonly runbook: string;
  /** What the alert means for DataLens, opening the runbook. @default - the summary and what the severity asks for */
  readonly meaning?: string;
  /** Checks that confirm the cause, besides the alert's query, the component's dashboard and its logs. @default - none */
  readonly confirm?: readonly string[];
  /** Labels telling apart rules that share an alert name (one rule per stream, say), besides severity and environment. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
}

/** A dashboard panel: one query over time. */
export interface Panel {
  readonly title: string;
  readonly expr: string;
  /** Grafana unit, for example reqps, s, bytes, percentunit. @default 'short' */
  readonly unit?: string;
  /** Series legend. @default '' */
  readonly legend?: string;
}

/** What a component tells operators about itself: its alerts, its dashboard panels and its health query. */
export interface Observation {
  /** Dashboard and rule group title. */
  readonly title: string;
  /** Alerts on metrics, evaluated by the environment's Prometheus. */
  readonly rules: readonly AlertRule[];
  /** Alerts on logs (LogQL), evaluated by the Loki ruler. @default - none */
  readonly logRules?: readonly AlertRule[];
  readonly panels: readonly Panel[];
  /** A query that is 1 while the component is healthy, for the overview. @default - not on the overview */
  readonly health?: string;
}

/** An observation as recorded: whose it is and the name its rules and dashboard take. */
export interface Telemetry extends Observation {
  /** The component, or undefined for the namespace as a whole. */
  readonly component?: Component;
  /** Name of the PrometheusRule and the dashboard (the component's name). */
  readonly name: string;
}

/** Telemetry declared so far per environment, in declaration order (the dashboards are built from it). */
const registries = new WeakMap<object, Telemetry[]>();

export function telemetryOf(scope: Construct): readonly Telemetry[] {
  return registries.get(contextOf(scope)) ?? [];
}

/**
 * Declares a component's telemetry: its alerts become a PrometheusRule (labelled for the
 * environment's Prometheus) named after it, its panels a dashboard built with the others.
 */
export function observe(component: Component, observation: Observation): void {
  record(component, { ...observation, component, name: component.name });
}

/**
 * Declares telemetry of a part of a component (its streams, its restore drill) under a name of its
 * own: its rules and dashboard sit beside the component's, created under `scope`.
 */
export function observePart(component: Component, scope: Construct, name: string, observation: Observation): void {
  record(scope, { ...observation, component, name });
}

/** Declares telemetry of the namespace as a whole (pods and volumes of every component). */
export function observeNamespace(scope: Construct, name: string, observation: Observation): void {
  record(scope, { ...observation, name });
}

function record(scope: Construct, telemetry: Telemetry): void {
  const name = telemetry.name;
  const context = contextOf(scope);
  const { config } = context.environment;
  registries.set(context, [...(registries.get(context) ?? []), telemetry]);
  const annotated = (rule: AlertRule) => ({
    alert: rule.alert,
    expr: rule.expr,
    for: rule.for,
    labels: { ...(rule.labels ?? {}), severity: rule.severity, environment: context.environment.name },
    annotations: { summary: rule.summary, description: rule.runbook, runbook_url: runbookUrl(config, rule.alert) },
  });
  const metadata = {
    ...(telemetry.component ? telemetry.component.metadata() : { namespace: config.namespace }),
    name,
    labels: { ...(telemetry.component?.labels ?? {}) },
  };
  if (telemetry.logRules?.length) {
    // a rule file for the Loki ruler, which loads the ConfigMaps carrying its label (never Prometheus's)
    new kplus.ConfigMap(scope, 'LogAlerts', {
      metadata: { ...metadata, name: `${name}-log-alerts`, labels: { ...metadata.labels, [config.monitoring.logs.ruleLabel]: '1' } },
      data: { [`${name}.rules.yaml`]: stringify({ groups: [{ name: `${config.namespace}.${name}`, rules: telemetry.logRules.map(annotated) }] }, { lineWidth: 0 }) },
    });
  }
  if (telemetry.rules.length === 0) return;
  new PrometheusRule(scope, 'Alerts', {
    metadata: { ...metadata, labels: { ...metadata.labels, ...config.monitoring.prometheusLabels } },
    spec: {
      groups: [
        {
          name: `${config.namespace}.${name}`,
          rules: telemetry.rules.map((rule) => ({ ...annotated(rule), expr: PrometheusRuleSpecGroupsRulesExpr.fromString(rule.expr) })),
        },
      ],
    },
  });
}

/**
 * Where an alert's runbook is read: `monitoring.runbookBaseUrl`, or the runbooks folder in the
 * environment's own repository at the revision it deploys, so the runbook matches the rules.
 */
export function runbookUrl(config: EnvironmentConfig, alert: string): string {
  const base = config.monitoring.runbookBaseUrl ?? `${repositoryWebUrl(config.argocd.repoURL)}/blob/${config.argocd.targetRevision}/${RUNBOOKS_FOLDER}`;
  return `${base.replace(/\/+$/, '')}/${alert}.md`;
}

/** The web address of a git repository: `git@host:org/repo.git` and `ssh://git@host/org/repo.git` -> `https://host/org/repo`. */
export function repositoryWebUrl(repoURL: string): string {
  const scp = /^git@([^:]+):(.+)$/.exec(repoURL);
  const url = scp ? `https://${scp[1]}/${scp[2]}` : repoURL.replace(/^ssh:\/\/(?:[^@/]+@)?/, 'https://');
  return url.replace(/\.git$/, '').replace(/\/+$/, '');
}

/** A ratio as a percentage for alert text: 0.07 -> "7%", 0.125 -> "12.5%" (no floating-point noise). */
export function percent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(2))}%`;
}

/** PromQL label matchers of a component's scrape targets (a ServiceMonitor's job is the Service name). */
export function targetOf(component: Component): string {
  return `namespace="${component.metadata().namespace}",job="${component.name}"`;
}

/** Fires when Prometheus scrapes none of the component's targets. */
export function scrapeDownRule(component: Component, what: string, runbook: string): AlertRule {
  const target = targetOf(component);
  return {
    alert: `${alertName(component)}Down`,
    expr: `sum(up{${target}}) == 0 or absent(up{${target}})`,
    for: '3m',
    severity: 'critical',
    summary: `${what} is down: no target of ${component.name} answers`,
    runbook,
  };
}

/** Fires when a Deployment or StatefulSet has fewer ready pods than it wants. */
export function notReadyRule(component: Component, kind: 'Deployment' | 'StatefulSet', runbook: string): AlertRule {
  const ns = component.metadata().namespace;
  const [ready, wanted] =
    kind === 'Deployment'
      ? [`kube_deployment_status_replicas_available{namespace="${ns}",deployment="${component.name}"}`, `kube_deployment_spec_replicas{namespace="${ns}",deployment="${component.name}"}`]
      : [`kube_statefulset_status_replicas_ready{namespace="${ns}",statefulset="${component.name}"}`, `kube_statefulset_replicas{namespace="${ns}",statefulset="${component.name}"}`];
  return {
    alert: `${alertName(component)}NotReady`,
    expr: `${ready} < ${wanted}`,
    for: '10m',
    severity: 'warning',
    summary: `${component.name} has fewer ready pods than wanted`,
    runbook,
  };
}

export interface ScheduledJobRuleOptions {
  /** What the job does, for the summaries: "restore drill", "evidence mirror". */
  readonly what: string;
  /** Age of the last successful run that alerts. */
  readonly maxAgeSeconds: number;
  readonly severity: AlertRule['severity'];
  /** What a missing success means for DataLens. */
  readonly meaning: string;
  /** What to do first. */
  readonly runbook: string;
}

/**
 * Alerts on a CronJob of the component (named after it), from kube-state-metrics: its last success
 * is too old (or it never succeeded since it was created that long ago), and its last run failed.
 */
export function scheduledJobRules(component: Component, opts: ScheduledJobRuleOptions): AlertRule[] {
  const at = `namespace="${component.metadata().namespace}",cronjob="${component.name}"`;
  const success = `max(kube_cronjob_status_last_successful_time{${at}})`;
  const scheduled = `max(kube_cronjob_status_last_schedule_time{${at}})`;
  const idle = `max(kube_cronjob_status_active{${at}}) == 0`;
  const age = opts.maxAgeSeconds >= 86400 ? `${opts.maxAgeSeconds / 86400} days` : `${opts.maxAgeSeconds / 3600}h`;
  const confirm = [
    `\`kubectl get cronjob,jobs -n <namespace> -l app.kubernetes.io/name=${component.name}\` lists the runs; \`kubectl logs job/<run> -n <namespace>\` shows what the last one did.`,
  ];
  return [
    {
      alert: `${alertName(component)}TooOld`,
      expr: `time() - ${success} > ${opts.maxAgeSeconds} or (time() - max(kube_cronjob_created{${at}}) > ${opts.maxAgeSeconds} unless ${success})`,
      for: '30m',
      severity: opts.severity,
      summary: `No successful ${opts.what} in the last ${age}`,
      meaning: opts.meaning,
      confirm,
      runbook: opts.runbook,
    },
    {
      alert: `${alertName(component)}Failed`,
      // the last run started after the last success and none is running: it failed
      expr: `(${scheduled} > ${success} and ${idle}) or (${scheduled} and ${idle} unless ${success})`,
      for: '15m',
      severity: 'warning',
      summary: `The last ${opts.what} failed`,
      meaning: opts.meaning,
      confirm,
      runbook: opts.runbook,
    },
  ];
}

/** `datalens-api` -> `DatalensApi`. */
export function alertName(component: Component): string {
  return component.name.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());
}
