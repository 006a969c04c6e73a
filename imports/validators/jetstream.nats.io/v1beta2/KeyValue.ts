import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/JetstreamNatsIoV1beta2KeyValue";

export interface IKeyValue {
  "spec"?: {
    /**
     * A unique name for the KV Store.
     */
    "bucket"?: string;
    /**
     * The description of the KV Store.
     */
    "description"?: string;
    /**
     * The maximum size of a value in bytes.
     */
    "maxValueSize"?: number;
    /**
     * The number of historical values to keep per key.
     */
    "history"?: number;
    /**
     * The time expiry for keys.
     */
    "ttl"?: string;
    /**
     * LimitMarkerTTL is how long the bucket keeps markers when keys are removed by the TTL setting, 0 meaning markers are not supported
     */
    "limitMarkerTtl"?: number;
    /**
     * The maximum size of the KV Store in bytes.
     */
    "maxBytes"?: number;
    /**
     * The storage backend to use for the KV Store.
     */
    "storage"?: "file" | "memory";
    /**
     * The number of replicas to keep for the KV Store in clustered JetStream.
     */
    "replicas"?: number;
    /**
     * The KV Store placement via tags or cluster name.
     */
    "placement"?: {
      "cluster"?: string;
      "tags"?: Array<string>;
    };
    /**
     * Republish configuration for the KV Store.
     */
    "republish"?: {
      /**
       * Messages will be additionally published to this subject after Bucket.
       */
      "destination"?: string;
      /**
       * Messages will be published from this subject to the destination subject.
       */
      "source"?: string;
    };
    /**
     * A KV Store mirror.
     */
    "mirror"?: {
      "name"?: string;
      "optStartSeq"?: number;
      /**
       * Time format must be RFC3339.
       */
      "optStartTime"?: string;
      "filterSubject"?: string;
      "externalApiPrefix"?: string;
      "externalDeliverPrefix"?: string;
      /**
       * List of subject transforms for this mirror.
       */
      "subjectTransforms"?: Array<{
        /**
         * Source subject.
         */
        "source"?: string;
        /**
         * Destination subject.
         */
        "dest"?: string;
      }>;
    };
    /**
     * KV Store compression.
     */
    "compression"?: boolean;
    /**
     * A KV Store's sources.
     */
    "sources"?: Array<{
      "name"?: string;
      "optStartSeq"?: number;
      /**
       * Time format must be RFC3339.
       */
      "optStartTime"?: string;
      "filterSubject"?: string;
      "externalApiPrefix"?: string;
      "externalDeliverPrefix"?: string;
      /**
       * List of subject transforms for this mirror.
       */
      "subjectTransforms"?: Array<{
        /**
         * Source subject.
         */
        "source"?: string;
        /**
         * Destination subject.
         */
        "dest"?: string;
      }>;
    }>;
    /**
     * Name of the account to which the Stream belongs.
     */
    "account"?: string;
    /**
     * NATS user credentials for connecting to servers. Please make sure your controller has mounted the creds on its path.
     */
    "creds"?: string;
    /**
     * NATS user NKey for connecting to servers.
     */
    "nkey"?: string;
    /**
     * When true, the managed KV Store will not be deleted when the resource is deleted.
     */
    "preventDelete"?: boolean;
    /**
     * When true, the managed KV Store will not be updated when the resource is updated.
     */
    "preventUpdate"?: boolean;
    /**
     * A list of servers for creating the KV Store.
     */
    "servers"?: Array<string>;
    /**
     * A client's TLS certs and keys.
     */
    "tls"?: {
      /**
       * A client's cert filepath. Should be mounted.
       */
      "clientCert"?: string;
      /**
       * A client's key filepath. Should be mounted.
       */
      "clientKey"?: string;
      /**
       * A list of filepaths to CAs. Should be mounted.
       */
      "rootCas"?: Array<string>;
    };
    /**
     * When true, the KV Store will initiate TLS before server INFO.
     */
    "tlsFirst"?: boolean;
    /**
     * The JetStream domain to use for the KV store.
     */
    "jsDomain"?: string;
  };
  "status"?: {
    "observedGeneration"?: number;
    "conditions"?: Array<{
      "type"?: string;
      "status"?: string;
      "lastTransitionTime"?: string;
      "reason"?: string;
      "message"?: string;
    }>;
  };
  "apiVersion": "jetstream.nats.io/v1beta2";
  "kind": "KeyValue";
  "metadata"?: IObjectMeta;
}

export class KeyValue extends Model<IKeyValue> implements IKeyValue {
  "spec"?: IKeyValue["spec"];
  "status"?: IKeyValue["status"];
  "apiVersion": IKeyValue["apiVersion"];
  "kind": IKeyValue["kind"];
  "metadata"?: IKeyValue["metadata"];

static apiVersion: IKeyValue["apiVersion"] = "jetstream.nats.io/v1beta2";
static kind: IKeyValue["kind"] = "KeyValue";
static is = createTypeMetaGuard<IKeyValue>(KeyValue);

constructor(data?: ModelData<IKeyValue>) {
  super();

  this.setDefinedProps({
    apiVersion: KeyValue.apiVersion,
    kind: KeyValue.kind,
    ...data
  } as IKeyValue);
}
}


setValidateFunc(KeyValue, validate as ValidateFunc<IKeyValue>);
