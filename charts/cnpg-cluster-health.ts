/**
 * The Argo CD health check of CloudNativePG Clusters, a Lua script.
 *
 * Argo CD health check for CloudNativePG Clusters (postgresql.cnpg.io/v1, Kind Cluster).
 *
 * Shipped in each cluster's Argo CD bootstrap as the argocd-cm key
 *   resource.customizations.health.postgresql.cnpg.io_Cluster
 * An argocd-cm entry for a group/kind is looked up before Argo CD's built-in script for it
 * (argo-cd v3.5.1 util/lua/lua.go, VM.GetHealthScript), so this replaces the built-in check.
 *
 * Why: the built-in check (argo-cd v3.5.1 resource_customizations/postgresql.cnpg.io/Cluster/health.lua)
 * reports Degraded for phases the operator passes through in every rolling update, configuration
 * change and switchover, and for hibernation in progress. A sync operation fails as soon as a
 * non-hook resource of the wave being waited on reports Degraded
 * (argo-cd v3.5.1 gitops-engine/pkg/sync/sync_context.go, Sync), so a sync that touches the Cluster
 * failed midway and never applied the later waves (manifest review 2026-11-27, finding 9).
 *
 * Rules used here:
 *   Healthy      the operator's healthy phase;
 *   Progressing  the operator is working towards the healthy phase on its own (first start, new
 *                replicas, rolling updates, switchover/failover, in-place restarts, configuration
 *                reloads, upgrades, throttled roll-outs, hibernation in progress), and a Cluster
 *                without a status or phase yet. Argo CD keeps waiting and never fails on these;
 *   Suspended    the user stopped reconciliation, the cluster is hibernated, or the operator
 *                waits for a supervised switchover the user has to issue (sync waits, no failure);
 *   Degraded     the operator has stopped and cannot continue without someone fixing something.
 * Phase strings: cloudnative-pg v1.30.0 api/v1/cluster_types.go (the Phase* constants) and the two
 * phases internal/controller/cluster_controller.go registers as literals ("Not enough disk space",
 * "Instance Status Extraction Error: HTTP communication issue").
 * The Ready condition is not consulted: the operator derives it from the phase (Ready is True only
 * in the healthy phase; pkg/resources/status/transactions.go, SetClusterReadyCondition), so it
 * carries no information of its own.
 *
 * Runs under gopher-lua (Lua 5.1). Scripts from argocd-cm run without the standard libraries
 * unless useOpenLibs is set (only base, table, package and a reduced os are opened), so this
 * script uses no string functions or string methods.
 */
export const CNPG_CLUSTER_HEALTH_LUA = `local PROGRESSING = "Progressing"
local HEALTHY = "Healthy"
local SUSPENDED = "Suspended"
local DEGRADED = "Degraded"

local byPhase = {
  -- the goal
  ["Cluster in healthy state"] = HEALTHY,

  -- bootstrap and scale-out
  ["Setting up primary"] = PROGRESSING,
  ["Creating a new replica"] = PROGRESSING,
  ["Waiting for the instances to become active"] = PROGRESSING,

  -- rolling updates, configuration changes and primary changes the operator drives itself
  ["Upgrading cluster"] = PROGRESSING,
  ["Cluster upgrade delayed"] = PROGRESSING, -- roll-out throttled by the operator's own settings; it resumes by itself
  ["Online upgrade in progress"] = PROGRESSING,
  ["Upgrading Postgres major version"] = PROGRESSING,
  ["Applying configuration"] = PROGRESSING,
  ["Primary instance is being restarted in-place"] = PROGRESSING,
  ["Primary instance is being restarted without a switchover"] = PROGRESSING,
  ["Switchover in progress"] = PROGRESSING,
  ["Failing over"] = PROGRESSING, -- automatic recovery the operator completes on its own
  ["Promoting to primary cluster"] = PROGRESSING,

  -- waits for a person, by design (primaryUpdateStrategy: supervised)
  ["Waiting for user action"] = SUSPENDED,

  -- the operator has given up until something is fixed
  ["Cluster is unrecoverable and needs manual intervention"] = DEGRADED, -- also: an instance-creation Job failed
  ["Unable to create required cluster objects"] = DEGRADED,
  ["Invalid cluster definition"] = DEGRADED,
  ["Cluster cannot proceed to reconciliation due to an unknown plugin being required"] = DEGRADED,
  ["Cluster cannot proceed to reconciliation due to an error while interacting with plugins"] = DEGRADED,
  ["Cluster has incomplete or invalid image catalog"] = DEGRADED,
  ["Cluster cannot execute instance online upgrade due to missing architecture binary"] = DEGRADED,
  ["Not enough disk space"] = DEGRADED,
  ["Instance Status Extraction Error: HTTP communication issue"] = DEGRADED,
}

local function result(status, message)
  return { status = status, message = message }
end

local function nonEmpty(value)
  return type(value) == "string" and value ~= ""
end

local function condition(status, conditionType)
  if type(status.conditions) ~= "table" then
    return nil
  end
  for _, c in ipairs(status.conditions) do
    if type(c) == "table" and c.type == conditionType then
      return c
    end
  end
  return nil
end

local annotations = obj.metadata and obj.metadata.annotations
if type(annotations) == "table" and annotations["cnpg.io/reconciliationLoop"] == "disabled" then
  return result(SUSPENDED, "Reconciliation of this cluster is disabled (cnpg.io/reconciliationLoop)")
end

local status = obj.status
if type(status) ~= "table" then
  return result(PROGRESSING, "Waiting for the operator to report the cluster status")
end

-- cnpg.io/hibernation: True once hibernated; False while hibernation is under way
-- (cloudnative-pg v1.30.0 pkg/reconciler/hibernation/status.go)
local hibernation = condition(status, "cnpg.io/hibernation")
if hibernation ~= nil then
  if hibernation.status == "True" then
    return result(SUSPENDED, nonEmpty(hibernation.message) and hibernation.message or "Cluster is hibernated")
  end
  return result(PROGRESSING, nonEmpty(hibernation.message) and hibernation.message or "Hibernation in progress")
end

local phase = status.phase
if not nonEmpty(phase) then
  return result(PROGRESSING, "Waiting for the operator to report the cluster phase")
end

local message = phase
if nonEmpty(status.phaseReason) then
  message = phase .. ": " .. status.phaseReason
end

local health = byPhase[phase]
if health == nil then
  -- A phase this script does not know (a newer operator): keep waiting rather than fail the sync.
  return result(PROGRESSING, "Phase not known to this health check: " .. message)
end
return result(health, message)
`;
