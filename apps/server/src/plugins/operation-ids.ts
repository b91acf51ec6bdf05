/**
 * The OpenAPI `operationId` of every API operation that is not a job kind, by method and route (a job
 * kind's route is named after the kind by the registry, in routes/operations.ts). Clients generated from the
 * document name their functions after these, so they never change once published: rename by adding a
 * new route, not by editing a line here. A route missing from this table fails the document's generation
 * (and the OpenAPI test), so a new route cannot be published without a name.
 */
export const operationIds: Readonly<Record<string, string>> = {
  'GET /api/v1/health': 'getHealth',

  'POST /api/v1/auth/login': 'login',
  'POST /api/v1/auth/logout': 'logout',
  'GET /api/v1/auth/session': 'getSession',
  'POST /api/v1/auth/password': 'changeOwnPassword',

  'GET /api/v1/users': 'listUsers',
  'POST /api/v1/users': 'createUser',
  'GET /api/v1/users/:id': 'getUser',
  'PATCH /api/v1/users/:id': 'updateUser',
  'DELETE /api/v1/users/:id': 'deleteUser',
  'POST /api/v1/users/:id/sessions/end': 'endUserSessions',

  'POST /api/v1/tokens': 'createToken',
  'GET /api/v1/tokens': 'listTokens',
  'GET /api/v1/tokens/:id': 'getToken',
  'DELETE /api/v1/tokens/:id': 'revokeToken',

  'GET /api/v1/audit': 'listAuditEvents',
  'GET /api/v1/audit/export': 'exportAuditEvents',
  'POST /api/v1/audit/archive': 'archiveAuditEvents',

  'GET /api/v1/credentials': 'listCredentials',
  'POST /api/v1/credentials': 'createCredential',
  'GET /api/v1/credentials/:id': 'getCredential',
  'PATCH /api/v1/credentials/:id': 'updateCredential',
  'DELETE /api/v1/credentials/:id': 'deleteCredential',

  'GET /api/v1/clusters': 'listClusters',
  'POST /api/v1/clusters': 'importCluster',
  'GET /api/v1/clusters/:id': 'getCluster',
  'PATCH /api/v1/clusters/:id': 'updateCluster',
  'DELETE /api/v1/clusters/:id': 'removeCluster',
  'GET /api/v1/clusters/:id/lag': 'getClusterLag',
  'GET /api/v1/clusters/:id/activity': 'getClusterActivity',
  'GET /api/v1/clusters/:id/drills': 'listClusterDrills',
  'GET /api/v1/clusters/:id/schedules': 'listClusterSchedules',
  'POST /api/v1/clusters/:id/schedules': 'createSchedule',
  'PATCH /api/v1/schedules/:id': 'updateSchedule',
  'DELETE /api/v1/schedules/:id': 'deleteSchedule',
  'POST /api/v1/clusters/:id/refresh': 'refreshCluster',

  'GET /api/v1/clusters/:id/switchover/precheck': 'precheckSwitchover',
  'PATCH /api/v1/clusters/:id/config': 'changeConfig',

  'GET /api/v1/jobs': 'listJobs',
  'GET /api/v1/jobs/:id': 'getJob',
  'POST /api/v1/jobs/:id/cancel': 'cancelJob',
};
