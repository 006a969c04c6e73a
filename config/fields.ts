import { z } from 'zod';

/*
 * Field types shared by the schemas of environment and cluster files, each with the message a
 * reader sees when a value does not fit (never a raw pattern).
 */

export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
export const IPV4 = new RegExp(`^(${OCTET}\\.){3}${OCTET}$`);
export const CIDR = new RegExp(`^(${OCTET}\\.){3}${OCTET}/([0-9]|[12][0-9]|3[0-2])$`);
/** A label key: an optional DNS-name prefix and a name of at most 63 characters. */
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

export const dnsLabel = (what: string) =>
  z.string().regex(DNS_LABEL, { message: `expected ${what}: a DNS label (lower-case letters, digits and '-', at most 63 characters)` });
export const dnsName = (what: string) => z.string().regex(DNS_NAME, { message: `expected ${what}: a DNS name (lower-case labels separated by '.')` });
export const ipv4 = z.string().regex(IPV4, { message: 'expected an IPv4 address such as 172.20.0.1' });
export const cidr = z.string().regex(CIDR, { message: 'expected an IPv4 CIDR such as 10.0.0.0/16' });
export const portNumber = z.number().int().min(1).max(65535);

/** Labels a selector matches: at least one, each key and value as Kubernetes allows them. */
export const podLabels = z
  .record(
    z.string().regex(LABEL_KEY, { message: 'expected a label key such as app.kubernetes.io/name' }),
    z.string().regex(LABEL_VALUE, { message: 'expected a label value: at most 63 letters, digits, -, _ or .' }),
  )
  .refine((labels) => Object.keys(labels).length > 0, { message: 'expected at least one label' });
