import type { Environment } from './schema';

/** The browser hosts and the API host under an environment's domain. */
export function hostsOf(environment: Environment) {
  const domain = environment.config.domain;
  return { cc: `cc.${domain}`, admin: `admin.${domain}`, portal: `portal.${domain}`, api: `api.${domain}` };
}
