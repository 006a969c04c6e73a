import { createHash } from 'node:crypto';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { ExternalSecret, ExternalSecretSpecTargetCreationPolicy, ExternalSecretSpecTargetDeletionPolicy, ExternalSecretSpecTargetTemplateEngineVersion, ExternalSecretSpecTargetTemplateMergePolicy, ExternalSecretSpecSecretStoreRefKind } from '../imports/externalsecret-external-secrets.io';
import type * as k8s from '../imports/k8s';
import { secretKeyPrefix } from '../config/cross-environment';
import { Component, contextOf } from './component';
import { NATS_QUOTED_TEMPLATE_PIPELINE, natsQuotedString, USERINFO_TEMPLATE_PIPELINE, userinfoEscape } from './nats-config-string';
import { compareText } from './compare-text';

/** Annotation that marks a Secret whose values are development placeholders. */
export const PLACEHOLDER_ANNOTATION = 'datalens.io/dev-only-placeholder';

/** One value of a secret. */
export interface SecretValue {
  /** Key under the environment's `secrets.keyPrefix` in the secret store, for example `postgres`. */
  readonly remoteKey: string;
  /** Property of that key. */
  readonly property: string;
  /** Value used where secrets are placeholders (dev tier). Must not be a real credential. */
  readonly placeholder: string;
}

/**
 * How a value is written into a rendered key: percent-encoded for the userinfo of a URL, as a
 * double-quoted nats-server configuration string (both read back as exactly the value), as the
 * lower-case hex SHA-256 of its UTF-8 bytes (what a Redis ACL `#<hash>` password rule compares), or
 * as it is when it is a `rediss://` URL (TLS to Redis), refused otherwise: the store's value then
 * fails the ExternalSecret (its Secret keeps what it had) instead of reaching a client in plain text.
 */
export type SecretEncoding = 'userinfo' | 'nats-config-string' | 'sha256-hex' | 'rediss-url';

/** The value of another key of the secret, encoded for where a template puts it. */
export type SecretRef = (key: string, encoding?: SecretEncoding) => string;

const piped = (pipeline: string) => (field: string) => `{{ ${field} | ${pipeline} }}`;

/**
 * Each encoding in the dev placeholders (TypeScript) and in External Secrets templates (Go
 * text/template with sprig, where `field` is the value's `.key`).
 */
const ENCODINGS: Record<SecretEncoding, { placeholder: (value: string) => string; template: (field: string) => string }> = {
  userinfo: { placeholder: userinfoEscape, template: piped(USERINFO_TEMPLATE_PIPELINE) },
  'nats-config-string': { placeholder: natsQuotedString, template: piped(NATS_QUOTED_TEMPLATE_PIPELINE) },
  // sprig's sha256sum: hex.EncodeToString(sha256.Sum256([]byte(s))), lower case
  'sha256-hex': { placeholder: (value) => createHash('sha256').update(value, 'utf8').digest('hex'), template: piped('sha256sum') },
  // sprig's regexMatch is Go's regexp.MatchString; fail stops the template with its message
  'rediss-url': {
    placeholder: (value) => value,
    template: (field) => `{{ if regexMatch "^rediss://" ${field} }}{{ ${field} }}{{ else }}{{ fail "the Redis URL in the secret store is not rediss://: the API would reach Redis without TLS" }}{{ end }}`,
  },
};

export interface AppSecretProps {
  /** Name of the Kubernetes Secret the workloads read. */
  readonly name: string;
  /** Values fetched from the secret store, by key in the Secret. */
  readonly values: Readonly<Record<string, SecretValue>>;
  /**
   * Keys rendered from the values, for example a connection URL embedding a password. The
   * function receives `ref(key, encoding)`, the value of another key encoded for where it goes.
   * @default - none
   */
  readonly templates?: Readonly<Record<string, (ref: SecretRef) => string>>;
}

/**
 * A Secret a workload reads. Outside dev it is an External Secrets `ExternalSecret` from the
 * environment's store, so no credential is ever synthesised; in dev it is a plain Secret of
 * visibly annotated placeholders.
 */
export class AppSecret extends Construct {
  readonly name: string;
  readonly keys: readonly string[];

  constructor(scope: Construct, id: string, props: AppSecretProps) {
    super(scope, id);
    this.name = props.name;
    this.keys = [...Object.keys(props.values), ...Object.keys(props.templates ?? {})];
    const { environment } = contextOf(this);
    const secrets = environment.config.secrets;
    const owner = Component.owning(this);
    const metadata = owner ? owner.metadata() : { namespace: environment.config.namespace };
    const templates = Object.entries(props.templates ?? {});

    if (secrets.provider === 'placeholder') {
      const placeholders = Object.fromEntries(Object.entries(props.values).map(([key, value]) => [key, value.placeholder]));
      const rendered = Object.fromEntries(templates.map(([key, render]) => [key, render((k, encoding = 'userinfo') => ENCODINGS[encoding].placeholder(placeholders[k]))]));
      new kplus.Secret(this, 'Resource', {
        metadata: {
          ...metadata,
          name: props.name,
          annotations: { [PLACEHOLDER_ANNOTATION]: 'values are development placeholders; tiers other than dev read secrets through External Secrets' },
        },
        stringData: { ...placeholders, ...rendered },
      });
      return;
    }

    new ExternalSecret(this, 'Resource', {
      metadata: { ...metadata, name: props.name },
      spec: {
        refreshInterval: secrets.refreshInterval,
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind[secrets.storeKind === 'SecretStore' ? 'SECRET_STORE' : 'CLUSTER_SECRET_STORE'], name: secrets.storeName },
        target: {
          name: props.name,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          deletionPolicy: ExternalSecretSpecTargetDeletionPolicy.RETAIN,
          ...(templates.length > 0
            ? {
                template: {
                  engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
                  mergePolicy: ExternalSecretSpecTargetTemplateMergePolicy.MERGE,
                  data: Object.fromEntries(templates.map(([key, render]) => [key, render((k, encoding = 'userinfo') => ENCODINGS[encoding].template(`.${goTemplateKey(k)}`))])),
                },
              }
            : {}),
        },
        data: Object.entries(props.values)
          .sort(([a], [b]) => compareText(a, b))
          .map(([key, value]) => ({
            secretKey: key,
            remoteRef: { key: `${secretKeyPrefix(environment)}/${value.remoteKey}`, property: value.property },
          })),
      },
    });
  }

  /** An env var source reading `key` of this Secret. */
  ref(key: string): k8s.EnvVarSource {
    if (!this.keys.includes(key)) throw new Error(`secret ${this.name} has no key ${key} (it has ${this.keys.join(', ')})`);
    return { secretKeyRef: { name: this.name, key } };
  }

  /** An env var named `name` from `key` of this Secret. */
  env(name: string, key: string): k8s.EnvVar {
    return { name, valueFrom: this.ref(key) };
  }
}

/** Secret keys use dashes; Go templates address them as map fields, which must be identifiers. */
function goTemplateKey(key: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`secret key ${key} cannot appear in a template; use letters, digits and _`);
  return key;
}
