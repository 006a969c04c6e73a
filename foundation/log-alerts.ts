import { Construct } from 'constructs';
import { contextOf } from './component';
import { logSelectorOf } from './logs';
import { observeNamespace, type AlertRule } from './telemetry';

/** Name of the environment's LogQL rule group (and its ConfigMap, `<name>-log-alerts`). */
export const LOG_ALERTS = 'datalens-logs';

/**
 * Lines that mark an error in the logs the components write: structured (JSON or logfmt `level`,
 * PostgreSQL's `error_severity`) and the plain markers of NATS (`[ERR]`, `[FTL]`) and others.
 */
const ERROR_LINE = String.raw`(?i)("level":"(error|fatal|panic)"|level=(error|fatal|panic)|"error_severity":"(ERROR|FATAL|PANIC)"|\[(ERR|FTL)\]|\b(ERROR|FATAL|PANIC)\b)`;

/**
 * Optional LogQL alerts for error bursts (monitoring.logs.errorBurst): one rule per component with
 * pods, on its own log streams, evaluated by the Loki ruler from a ConfigMap it loads. Create it
 * after every component.
 */
export class LogAlerts extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { environment, graph } = contextOf(this);
    const burst = environment.config.monitoring.logs.errorBurst;
    if (!burst) return;
    const rules = graph.components.flatMap((component): AlertRule[] => {
      const selector = logSelectorOf(component);
      if (!selector) return [];
      return [
        {
          alert: 'DatalensErrorBurst',
          expr: `sum(count_over_time(${selector} |~ \`${ERROR_LINE}\` [5m])) > ${burst.linesPer5m}`,
          for: '5m',
          severity: 'warning',
          summary: `${component.name} logged more than ${burst.linesPer5m} error lines in 5 minutes`,
          meaning: 'A component reports failures faster than usual: often the first sign of a broken dependency, a bad deploy or a client flood, before the metrics alerts fire.',
          confirm: ["The alert's query without the count (its stream selector and line filter) in Grafana Explore lists the error lines: which error repeats, since when."],
          runbook: 'Find the repeating error and its cause (a dependency down, a rejected credential, a migration not applied); its metrics alerts and dashboard usually name the same component.',
        },
      ];
    });
    observeNamespace(this, LOG_ALERTS, { title: 'Logs', rules: [], logRules: rules, panels: [] });
  }
}
