/**
 * Argo CD health of a CloudNativePG Cluster (argocd-cm `resource.customizations.health.
 * postgresql.cnpg.io_Cluster`, Lua run by gopher-lua). Argo CD's built-in check reports several
 * phases of an ordinary rolling update or switchover as Degraded, which fails a sync halfway; here
 * only phases that need a person are Degraded and every other non-healthy phase is Progressing, so
 * a sync waits for the operator to finish. Phase texts are CloudNativePG 1.30's (api/v1 cluster_types.go).
 */
export const CNPG_CLUSTER_HEALTH_LUA = `local failed = {
  ["Cluster is in an unrecoverable state, needs manual intervention"] = true,
  ["Unable to create required cluster objects"] = true,
  ["Cluster cannot proceed to reconciliation due to an unknown image catalog"] = true,
  ["Cluster cannot proceed to reconciliation due to an unknown plugin being required"] = true,
  ["Cluster cannot proceed to reconciliation due to an error while interacting with plugins"] = true,
  ["Cluster cannot execute instance online upgrade due to missing architecture binary"] = true
}
local hs = {}
if obj.status == nil or obj.status.phase == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to report a phase"
  return hs
end
local phase = obj.status.phase
local detail = obj.status.phaseReason
if detail == nil or detail == "" then
  hs.message = phase
else
  hs.message = phase .. ": " .. detail
end
if phase == "Cluster in healthy state" then
  hs.status = "Healthy"
elseif failed[phase] then
  hs.status = "Degraded"
else
  hs.status = "Progressing"
end
return hs
`;
