import { z } from 'zod';
import { CPU_QUANTITY, MEMORY_QUANTITY, quantityValue, STORAGE_QUANTITY } from './quantities';
import { BINARY_QUANTITY } from './units';

/*
 * Field types shared by the schemas of environment and cluster files, each with the message a
 * reader sees when a value does not fit (never a raw pattern).
 */

export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;
const DURATION = /^[0-9]+(s|m|h|d)$/;
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
export const IPV4 = new RegExp(`^(${OCTET}\\.){3}${OCTET}$`);
export const CIDR = new RegExp(`^(${OCTET}\\.){3}${OCTET}/([0-9]|[12][0-9]|3[0-2])$`);
/** An AWS region such as ap-south-1 or us-gov-west-1. */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$/;
/** A revision git accepts as a ref or commit: no spaces, control characters or the characters git forbids in ref names. */
const GIT_REVISION = /^(?!.*\.\.)(?!.*@\{)(?!\/)(?!.*\/$)(?!.*\.lock$)[^\s~^:?*[\\\x00-\x1f\x7f]+$/;

/*
 * Label keys and values as the API server validates them: a key is an optional DNS subdomain
 * prefix and '/', then a name of at most 63 characters; a value is such a name or empty.
 */
const LABEL_NAME = '[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?';
const LABEL_KEY = new RegExp(`^((?=[^/]{1,253}/)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*/)?${LABEL_NAME}$`);
const LABEL_VALUE = new RegExp(`^(${LABEL_NAME})?$`);

export const dnsLabel = (what: string) =>
  z.string().regex(DNS_LABEL, { message: `expected ${what}: a DNS label (lower-case letters, digits and '-', at most 63 characters)` });
export const dnsName = (what: string) => z.string().regex(DNS_NAME, { message: `expected ${what}: a DNS name (lower-case labels separated by '.')` });
export const ipv4 = z.string().regex(IPV4, { message: 'expected an IPv4 address such as 172.20.0.1' });
export const cidr = z.string().regex(CIDR, { message: 'expected an IPv4 CIDR such as 10.0.0.0/16' });
export const portNumber = z.number().int().min(1).max(65535);
export const duration = z.string().regex(DURATION, { message: 'expected a duration such as 15m, 24h or 30d' });
export const awsRegion = z.string().regex(AWS_REGION, { message: 'expected an AWS region such as ap-south-1' });
export const gitRevision = z.string().regex(GIT_REVISION, { message: 'expected a git revision: a branch, tag or commit, without spaces' });
export const labelKey = z
  .string()
  .regex(LABEL_KEY, { message: "expected a label key: an optional DNS subdomain and '/', then at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit" });
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
/** A Barman Cloud destination in S3. */
export const s3Path = z.string().regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/, { message: 'expected s3://<bucket>/<path>' });
/** An image tag, never `latest`: a pinned version. */
export const imageTag = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, { message: 'expected an image tag' })
  .refine((tag) => tag !== 'latest', { message: "expected an explicit version tag, not 'latest'" });

/** Labels a selector matches: at least one, each key and value as Kubernetes allows them. */
export const podLabels = z.record(labelKey, labelValue).refine((labels) => Object.keys(labels).length > 0, { message: 'expected at least one label' });
