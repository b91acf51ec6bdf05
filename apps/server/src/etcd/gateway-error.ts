/** An etcd HTTP-gateway refusal, with etcd's own words ("etcdserver: permission denied"). */
export class EtcdGatewayError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'EtcdGatewayError';
  }
}
