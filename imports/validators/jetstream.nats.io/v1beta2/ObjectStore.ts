import { IObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { Model, ModelData, setValidateFunc, createTypeMetaGuard } from "@kubernetes-models/base";
import { ValidateFunc } from "@kubernetes-models/validate";
import { validate } from "../../_schemas/JetstreamNatsIoV1beta2ObjectStore";

export interface IObjectStore {
  "spec"?: {
    /**
     * A unique name for the Object Store.
     */
    "bucket"?: string;
    /**
     * The description of the Object Store.
     */
    "description"?: string;
    /**
     * The time expiry for keys.
     */
    "ttl"?: string;
    /**
     * The maximum size of the Store in bytes.
     */
    "maxBytes"?: number;
    /**
     * The storage backend to use for the Object Store.
     */
    "storage"?: "file" | "memory";
    /**
     * The number of replicas to keep for the Object Store in clustered JetStream.
     */
    "replicas"?: number;
    /**
     * The Object Store placement via tags or cluster name.
     */
    "placement"?: {
      "cluster"?: string;
      "tags"?: Array<string>;
    };
    /**
     * Object Store compression.
     */
    "compression"?: boolean;
    /**
     * Additional Object Store metadata.
     */
    "metadata"?: {
      [key: string]: string;
    };
    /**
     * Name of the account to which the Object Store belongs.
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
     * When true, the managed Object Store will not be deleted when the resource is deleted.
     */
    "preventDelete"?: boolean;
    /**
     * When true, the managed Object Store will not be updated when the resource is updated.
     */
    "preventUpdate"?: boolean;
    /**
     * A list of servers for creating the Object Store.
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
     * When true, the Object Store will initiate TLS before server INFO.
     */
    "tlsFirst"?: boolean;
    /**
     * The JetStream domain to use for the Object Store.
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
  "kind": "ObjectStore";
  "metadata"?: IObjectMeta;
}

export class ObjectStore extends Model<IObjectStore> implements IObjectStore {
  "spec"?: IObjectStore["spec"];
  "status"?: IObjectStore["status"];
  "apiVersion": IObjectStore["apiVersion"];
  "kind": IObjectStore["kind"];
  "metadata"?: IObjectStore["metadata"];

static apiVersion: IObjectStore["apiVersion"] = "jetstream.nats.io/v1beta2";
static kind: IObjectStore["kind"] = "ObjectStore";
static is = createTypeMetaGuard<IObjectStore>(ObjectStore);

constructor(data?: ModelData<IObjectStore>) {
  super();

  this.setDefinedProps({
    apiVersion: ObjectStore.apiVersion,
    kind: ObjectStore.kind,
    ...data
  } as IObjectStore);
}
}


setValidateFunc(ObjectStore, validate as ValidateFunc<IObjectStore>);
