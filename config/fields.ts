import { z } from 'zod';
import { CPU_QUANTITY, MEMORY_QUANTITY, quantityValue, STORAGE_QUANTITY } from './quantities';
import { BINARY_QUANTITY } from './units';

/*
 * Field types shared by the schemas of environment and cluster files, each with the message a
 * reader sees when a value does not fit (never a raw pattern).
 *
 * Every pattern here means the same to ECMAScript (zod, editors) and to RE2 (Go's regexp, with
 * which Helm validates values.schema.json): no lookaround or back-reference, which RE2 lacks; no
 * `\s` or `.`, which the two engines read differently; a limit on the whole length as max()
 * (maxLength in JSON Schema), one on a part as a pattern of its own (allOf in JSON Schema).
 */

/** The longest environment name: it prefixes the Grafana dashboard uids of the environment, which hold at most 40. */
export const ENVIRONMENT_NAME_MAX = 21;

export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_LABELS = '[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*';
/** Lower-case DNS labels separated by '.'; a DNS name also has at most 253 characters (`dnsName`). */
const DNS_NAME = new RegExp(`^${DNS_LABELS}$`);
const DURATION = /^[0-9]+(s|m|h|d)$/;
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
export const IPV4 = new RegExp(`^(${OCTET}\\.){3}${OCTET}$`);
export const CIDR = new RegExp(`^(${OCTET}\\.){3}${OCTET}/([0-9]|[12][0-9]|3[0-2])$`);
/** An AWS region such as ap-south-1 or us-gov-west-1. */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$/;

/*
 * What git accepts as a ref name (git check-ref-format), each rule a pattern: no spaces, control
 * characters or ~^:?*[\; no '..' and no '@{'; neither beginning nor ending with '/'; not ending with '.lock'.
 */
const GIT_REVISION_RULES: readonly [RegExp, string][] = [
  [/^[^ ~^:?*\[\\\x00-\x1f\x7f]+$/, 'without spaces'],
  [/^([^.]|\.[^.])*\.?$/, "without '..'"],
  [/^([^@]|@+[^@{])*@*$/, "without '@{'"],
  [/^[^/]([\s\S]*[^/])?$/, "neither beginning nor ending with '/'"],
  [/(^[\s\S]{0,4}|[^.][\s\S]{4}|[\s\S][^l][\s\S]{3}|[\s\S]{2}[^o][\s\S]{2}|[\s\S]{3}[^c][\s\S]|[\s\S]{4}[^k])$/, "not ending with '.lock'"],
];

/*
 * Label keys and values as the API server validates them: a key is an optional DNS subdomain
 * prefix (at most 253 characters) and '/', then a name of at most 63 characters; a value is such
 * a name or empty.
 */
const LABEL_NAME = '[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?';
const LABEL_KEY = new RegExp(`^(${DNS_LABELS}/)?${LABEL_NAME}$`);
const LABEL_KEY_PREFIX = /^([^/]{1,253}\/)?[^/]*$/;
const LABEL_VALUE = new RegExp(`^(${LABEL_NAME})?$`);

export const dnsLabel = (what: string) =>
  z.string().regex(DNS_LABEL, { message: `expected ${what}: a DNS label (lower-case letters, digits and '-', at most 63 characters)` });
export const dnsName = (what: string, description = "a DNS name (lower-case labels separated by '.')") =>
  z
    .string()
    .regex(DNS_NAME, { message: `expected ${what}: ${description}` })
    .max(253, { message: `expected ${what}: a DNS name of at most 253 characters` });
export const ipv4 = z.string().regex(IPV4, { message: 'expected an IPv4 address such as 172.20.0.1' });
export const cidr = z.string().regex(CIDR, { message: 'expected an IPv4 CIDR such as 10.0.0.0/16' });
export const portNumber = z.number().int().min(1).max(65535);
export const duration = z.string().regex(DURATION, { message: 'expected a duration such as 15m, 24h or 30d' });
export const awsRegion = z.string().regex(AWS_REGION, { message: 'expected an AWS region such as ap-south-1' });
export const gitRevision = GIT_REVISION_RULES.reduce(
  (field, [pattern, rule]) => field.regex(pattern, { message: `expected a git revision: a branch, tag or commit, ${rule}` }),
  z.string(),
);
export const labelKey = z
  .string()
  .regex(LABEL_KEY, { message: "expected a label key: an optional DNS subdomain and '/', then at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit" })
  .regex(LABEL_KEY_PREFIX, { message: "expected a label key whose prefix (before '/') has at most 253 characters" });
export const labelValue = z
  .string()
  .regex(LABEL_VALUE, { message: "expected a label value: empty, or at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit" });

export const cpuQuantity = z
  .string()
  .regex(CPU_QUANTITY, { message: 'expected a CPU quantity such as 250m or 1.5 (whole millicores)', abort: true })
  .refine((q) => quantityValue(q) > 0, { message: 'expected a CPU quantity above 0' });
export const memoryQuantity = z
  .string()
  .regex(MEMORY_QUANTITY, { message: "expected a memory quantity such as 256Mi or 1Gi (bytes: a suffix m would mean thousandths of a byte)", abort: true })
  .refine((q) => quantityValue(q) >= 1, { message: 'expected a memory quantity of at least 1 byte' });
export const storageSize = z
  .string()
  .regex(STORAGE_QUANTITY, { message: 'expected a volume size such as 10Gi: a whole number of Ki, Mi, Gi or Ti (or k, M, G, T)', abort: true })
  .refine((q) => quantityValue(q) > 0, { message: 'expected a volume size above 0' });
export const binaryQuantity = z
  .string()
  .regex(BINARY_QUANTITY, { message: 'expected a whole number of Ki, Mi, Gi or Ti, such as 256Mi', abort: true })
  .refine((q) => quantityValue(q) > 0, { message: 'expected a size above 0' });
export const storageClassName = dnsName('a StorageClass name');
/** A Barman Cloud destination, s3://<bucket>/<path>: a bucket name, then a path of printable characters. */
export const s3Path = z.string().regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[^\x00-\x20\x7f]*)?$/, { message: 'expected s3://<bucket>/<path>' });
/** An IAM role ARN (its path and name in the characters IAM allows). */
export const iamRoleArn = z.string().regex(/^arn:aws:iam::[0-9]{12}:role\/[A-Za-z0-9+=,.@_\/-]+$/, { message: 'expected an IAM role ARN such as arn:aws:iam::111111111111:role/datalens' }).describe('ARN of the IAM role');
/** An image tag, never `latest`: a pinned version. */
export const imageTag = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, { message: 'expected an image tag' })
  .refine((tag) => tag !== 'latest', { message: "expected an explicit version tag, not 'latest'" });

/** Labels a selector matches: at least one, each key and value as Kubernetes allows them. */
export const podLabels = z.record(labelKey, labelValue).refine((labels) => Object.keys(labels).length > 0, { message: 'expected at least one label' });
