#!/usr/bin/env bash
# A local kind cluster with what dist/dev needs (see dist/dev/PREREQUISITES.md), then dist/dev applied directly or
# through Argo CD. Needs docker, kind (0.24 or newer: it enforces NetworkPolicies), kubectl and helm on the PATH,
# and network access to the chart repositories and image registries.
#
#   scripts/kind-dev.sh            # cluster, prerequisites, then kubectl apply of dist/dev (in sync-wave order)
#   scripts/kind-dev.sh --argocd   # cluster, prerequisites and Argo CD, then the bootstrap of dist/argocd/kind
set -euo pipefail
cd "$(dirname "$0")/.."
cluster=datalens-dev

kind get clusters 2>/dev/null | grep -qx "$cluster" || kind create cluster --name "$cluster" --wait 120s
kubectl config use-context "kind-$cluster" >/dev/null

helm repo add jetstack https://charts.jetstack.io --force-update >/dev/null
helm repo add ingress-nginx https://kubernetes.github.io/ingress-nginx --force-update >/dev/null
helm repo add prometheus-community https://prometheus-community.github.io/helm-charts --force-update >/dev/null
helm repo add nats https://nats-io.github.io/k8s/helm/charts/ --force-update >/dev/null

# cert-manager at the version the Certificate is checked against, and the ClusterIssuer dev names
helm upgrade --install cert-manager jetstack/cert-manager --version v1.21.1 --namespace cert-manager --create-namespace \
  --set crds.enabled=true --wait
kubectl apply -f - <<'YAML'
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: selfsigned
spec:
  selfSigned: {}
YAML

# the ingress controller the edge's policies admit (namespace ingress-nginx, app.kubernetes.io/name=ingress-nginx)
helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx --namespace ingress-nginx --create-namespace \
  --set controller.ingressClassResource.default=true --set controller.service.type=NodePort --wait

# Prometheus Operator CRDs and a Prometheus in `monitoring` selecting release=kube-prometheus-stack
helm upgrade --install kube-prometheus-stack prometheus-community/kube-prometheus-stack --namespace monitoring --create-namespace \
  --set grafana.sidecar.dashboards.searchNamespace=ALL --wait

# NACK, which creates the JetStream streams: release `nack` (its pods labelled app=nack, admitted to NATS), in
# -crd-connect mode (no jetstream.nats.url), at the controller version the Stream CRD is checked against
helm upgrade --install nack nats/nack --namespace nack --create-namespace --set jetstream.image.tag=0.22.4 --wait

if [ "${1:-}" = "--argocd" ]; then
  helm repo add argo https://argoproj.github.io/argo-helm --force-update >/dev/null
  helm upgrade --install argocd argo/argo-cd --namespace argocd --create-namespace --wait
  # merges the CloudNativePG health check into argocd-cm and creates the root Application of this cluster
  kubectl apply -n argocd -f dist/argocd/kind/
  echo "Argo CD now syncs dist/argocd/kind/applications and, from it, dist/dev."
  exit 0
fi

# Without Argo CD: the PriorityClasses every pod names (the root Application keeps them with Argo CD), then the
# objects wave by wave, as Argo CD would, waiting for each wave's workloads
for f in dist/argocd/kind/applications/priorityclass-*.yaml; do kubectl apply -f "$f"; done
waves=$(grep -ho 'argocd.argoproj.io/sync-wave: "[0-9]*"' dist/dev/*.yaml | grep -o '[0-9]*' | sort -un)
for wave in $waves; do
  tmp=$(mktemp)
  for f in dist/dev/*.yaml; do
    # one document per object; keep those of this wave
    awk -v w="$wave" 'BEGIN{RS="---\n"; ORS="---\n"} $0 ~ "argocd.argoproj.io/sync-wave: \"" w "\""' "$f" >>"$tmp"
  done
  kubectl apply -f "$tmp"
  rm -f "$tmp"
  for workload in $(kubectl -n datalens-dev get statefulset,deployment -o name); do
    kubectl -n datalens-dev rollout status "$workload" --timeout=300s
  done
  if [ -n "$(kubectl -n datalens-dev get job -o name)" ]; then
    kubectl -n datalens-dev wait --for=condition=complete job --all --timeout=300s
  fi
done
echo "dist/dev applied; https://cc.datalens.localtest.me through the ingress controller's NodePort."
