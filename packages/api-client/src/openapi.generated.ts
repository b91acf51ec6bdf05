// Generated from the server's OpenAPI document by `pnpm gen:api`: do not edit.
// apps/server/test/openapi.test.ts fails when this file is out of date.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is the Keel server up, and can it reach its database?
         * @description No sign-in needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in: sets the session cookie
         * @description No sign-in needed.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: ends the session on the server
         * @description Any signed-in user.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, and the CSRF token for changes
         * @description Any signed-in user.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password: ends your other sessions, revokes your API tokens, and answers a new session
         * @description Any signed-in user.
         */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every user
         * @description Needs the admin role.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Needs the admin role.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One user
         * @description Needs the admin role.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Needs the admin role.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Change a user's role, password or disabled state (ends their sessions)
         * @description Needs the admin role.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/sessions/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every browser session of a user
         * @description Needs the admin role.
         */
        post: operations["endUserSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your tokens (admins: everyone’s)
         * @description Needs the viewer role or higher.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token (its secret is in this answer only)
         * @description Needs the viewer role or higher.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One token
         * @description Needs the viewer role or higher.
         */
        get: operations["getToken"];
        put?: never;
        post?: never;
        /**
         * Revoke a token
         * @description Needs the viewer role or higher.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first, filtered
         * @description Needs the admin role.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log as a JSON file (same filters; up to 100 000 events)
         * @description Needs the admin role.
         */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retention: write the events older than N days to an archive file in the data directory, then remove them
         * @description Needs the admin role.
         */
        post: operations["archiveAuditEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every credential (no secrets)
         * @description Needs the viewer role or higher.
         */
        get: operations["listCredentials"];
        put?: never;
        /**
         * Store an SSH private key or a database login (encrypted at rest)
         * @description Needs the admin role.
         */
        post: operations["createCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credentials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One credential (no secret)
         * @description Needs the viewer role or higher.
         */
        get: operations["getCredential"];
        put?: never;
        post?: never;
        /**
         * Delete a credential no cluster uses
         * @description Needs the admin role.
         */
        delete: operations["deleteCredential"];
        options?: never;
        head?: never;
        /**
         * Rename a credential or replace its secret
         * @description Needs the admin role.
         */
        patch: operations["updateCredential"];
        trace?: never;
    };
    "/api/v1/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every cluster with its health at a glance
         * @description Needs the viewer role or higher.
         */
        get: operations["listClusters"];
        put?: never;
        /**
         * Import an existing cluster from one Patroni REST URL, or from etcd endpoints and scope
         * @description Needs the admin role.
         */
        post: operations["importCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cluster with its live state: leader, health with reasons, members, etcd, HAProxy
         * @description Needs the viewer role or higher.
         */
        get: operations["getCluster"];
        put?: never;
        post?: never;
        /**
         * Remove a cluster from Keel (the cluster itself is not touched)
         * @description Needs the admin role.
         */
        delete: operations["removeCluster"];
        options?: never;
        head?: never;
        /**
         * Rename a cluster or change how Keel reaches it: etcd endpoints, Patroni URLs, HAProxy, the database login, TLS and the Patroni/etcd logins
         * @description Needs the admin role.
         */
        patch: operations["updateCluster"];
        trace?: never;
    };
    "/api/v1/clusters/{id}/lag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each member's replication lag over the last minutes
         * @description Needs the viewer role or higher.
         */
        get: operations["getClusterLag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cluster's recent leader, role and health changes, newest first (kept across reloads and restarts of Keel)
         * @description Needs the viewer role or higher.
         */
        get: operations["getClusterActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-read the cluster now from every source (Patroni, etcd, HAProxy, the SQL probe) and restart Keel's etcd watch
         * @description Needs the viewer role or higher.
         */
        post: operations["refreshCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/switchover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Planned switchover to a candidate (or the best replica), now or at scheduledAt
         * @description Needs the operator role or higher.
         */
        post: operations["switchover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/failover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Failover to a candidate when there is no healthy leader (or forced, with confirm)
         * @description Needs the operator role or higher.
         */
        post: operations["failover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart one member, or the whole cluster rolling
         * @description Needs the operator role or higher.
         */
        post: operations["restart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/reinitialize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild a replica from the leader
         * @description Needs the operator role or higher.
         */
        post: operations["reinitialize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/reload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reload configuration on one member or all
         * @description Needs the operator role or higher.
         */
        post: operations["reload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Maintenance mode on: Patroni stops failing over
         * @description Needs the operator role or higher.
         */
        post: operations["pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Maintenance mode off
         * @description Needs the operator role or higher.
         */
        post: operations["resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/drill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Break the leader on purpose (planned switchover; Patroni stopped, PostgreSQL killed, host lost, isolated or frozen, over SSH), measure write/read downtime and lost acknowledged writes as a client saw them, report
         * @description Needs the operator role or higher.
         */
        post: operations["drill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/switchover/precheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a switchover would check, and whether it would go ahead now
         * @description Needs the viewer role or higher.
         */
        get: operations["precheckSwitchover"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change Patroni's dynamic configuration: validated (PostgreSQL parameters against the server's pg_settings), shown as a diff, applied as a job (dryRun: diff only). Settings that run commands, load code or change access need the admin role
         * @description Needs the operator role or higher.
         */
        patch: operations["changeConfig"];
        trace?: never;
    };
    "/api/v1/clusters/{id}/drills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cluster's failover drills, newest first, each with its report (the trend, and the export as JSON)
         * @description Needs the viewer role or higher.
         */
        get: operations["listClusterDrills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clusters/{id}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cluster's recurring jobs (drills), each with its next run
         * @description Needs the viewer role or higher.
         */
        get: operations["listClusterSchedules"];
        put?: never;
        /**
         * Run a job again and again by a cron expression (UTC), as the requester
         * @description Needs the operator role or higher.
         */
        post: operations["createSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a schedule (jobs it started are kept)
         * @description Needs the operator role or higher.
         */
        delete: operations["deleteSchedule"];
        options?: never;
        head?: never;
        /**
         * Change when a schedule runs, or turn it off and on
         * @description Needs the operator role or higher.
         */
        patch: operations["updateSchedule"];
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Jobs, newest first (filter by cluster and status)
         * @description Needs the viewer role or higher.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job with its steps and log
         * @description Needs the viewer role or higher.
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled job, or stop a running one between steps
         * @description Needs the operator role or higher.
         */
        post: operations["cancelJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "degraded";
                        version: string;
                        uptimeSeconds: number;
                        database: "ok" | "unavailable";
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: "ok" | "degraded";
                        version: string;
                        uptimeSeconds: number;
                        database: "ok" | "unavailable";
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            username: string;
                            /** @enum {unknown} */
                            role: "viewer" | "operator" | "admin";
                            /** @enum {unknown} */
                            via: "session" | "token";
                            mustChangePassword: boolean;
                        };
                        /** @description null for token (Bearer) callers */
                        csrfToken: string | null;
                        expiresAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            username: string;
                            /** @enum {unknown} */
                            role: "viewer" | "operator" | "admin";
                            /** @enum {unknown} */
                            via: "session" | "token";
                            mustChangePassword: boolean;
                        };
                        /** @description null for token (Bearer) callers */
                        csrfToken: string | null;
                        expiresAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            username: string;
                            /** @enum {unknown} */
                            role: "viewer" | "operator" | "admin";
                            /** @enum {unknown} */
                            via: "session" | "token";
                            mustChangePassword: boolean;
                        };
                        /** @description null for token (Bearer) callers */
                        csrfToken: string | null;
                        expiresAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            username: string;
                            /** @enum {unknown} */
                            role: "viewer" | "operator" | "admin";
                            disabled: boolean;
                            mustChangePassword: boolean;
                            activeSessions: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                    /** @enum {unknown} */
                    role: "viewer" | "operator" | "admin";
                    /** @description Default true: the password an admin sets is one-time */
                    mustChangePassword?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        username: string;
                        /** @enum {unknown} */
                        role: "viewer" | "operator" | "admin";
                        disabled: boolean;
                        mustChangePassword: boolean;
                        activeSessions: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        username: string;
                        /** @enum {unknown} */
                        role: "viewer" | "operator" | "admin";
                        disabled: boolean;
                        mustChangePassword: boolean;
                        activeSessions: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    role?: "viewer" | "operator" | "admin";
                    password?: string;
                    /** @description With password: default true, the password an admin sets is one-time */
                    mustChangePassword?: boolean;
                    disabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        username: string;
                        /** @enum {unknown} */
                        role: "viewer" | "operator" | "admin";
                        disabled: boolean;
                        mustChangePassword: boolean;
                        activeSessions: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    endUserSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ended: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tokens: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            name: string;
                            /** @enum {unknown} */
                            role: "viewer" | "operator" | "admin";
                            owner: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            createdAt: string;
                            expiresAt: string | null;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {unknown} */
                    role: "viewer" | "operator" | "admin";
                    /**
                     * Format: date-time
                     * @description ISO-8601 timestamp, UTC
                     */
                    expiresAt?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        name: string;
                        /** @enum {unknown} */
                        role: "viewer" | "operator" | "admin";
                        owner: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        token: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    getToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        name: string;
                        /** @enum {unknown} */
                        role: "viewer" | "operator" | "admin";
                        owner: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                actor?: string;
                /** @description Substring of the action */
                action?: string;
                outcome?: "success" | "failure" | "denied";
                /** @description ISO-8601 timestamp, UTC */
                since?: string;
                /** @description ISO-8601 timestamp, UTC */
                until?: string;
                /** @description Only events with a smaller id (paging) */
                before?: number;
                /** @description Default 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            id: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            at: string;
                            /** @enum {unknown} */
                            actorType: "user" | "token" | "anonymous" | "system";
                            actor: string;
                            /** @description e.g. "POST /api/v1/clusters" or "auth.login" */
                            action: string;
                            /** @description The id in the request path, if any */
                            target: string | null;
                            /** @description What the target was called (a cluster, user, token or credential name) */
                            targetName: string | null;
                            /** @description The request body as an object: secrets removed, long values and large bodies cut short */
                            params: {
                                [key: string]: unknown;
                            } | null;
                            /** @enum {unknown} */
                            outcome: "success" | "failure" | "denied";
                            statusCode: number | null;
                            ip: string | null;
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                actor?: string;
                /** @description Substring of the action */
                action?: string;
                outcome?: "success" | "failure" | "denied";
                /** @description ISO-8601 timestamp, UTC */
                since?: string;
                /** @description ISO-8601 timestamp, UTC */
                until?: string;
                /** @description Only events with a smaller id (paging) */
                before?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        at: string;
                        /** @enum {unknown} */
                        actorType: "user" | "token" | "anonymous" | "system";
                        actor: string;
                        /** @description e.g. "POST /api/v1/clusters" or "auth.login" */
                        action: string;
                        /** @description The id in the request path, if any */
                        target: string | null;
                        /** @description What the target was called (a cluster, user, token or credential name) */
                        targetName: string | null;
                        /** @description The request body as an object: secrets removed, long values and large bodies cut short */
                        params: {
                            [key: string]: unknown;
                        } | null;
                        /** @enum {unknown} */
                        outcome: "success" | "failure" | "denied";
                        statusCode: number | null;
                        ip: string | null;
                        detail: string | null;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    archiveAuditEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Archive, then remove, the events older than this many days */
                    olderThanDays: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description How many events were archived and removed */
                        archived: number;
                        /** @description The last id archived */
                        throughId: number | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        before: string;
                        /** @description The JSON Lines archive, relative to the data directory (null when nothing was old enough) */
                        file: string | null;
                        sha256: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    listCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credentials: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            /** @enum {unknown} */
                            kind: "database" | "ssh" | "http" | "tls";
                            name: string;
                            username: string | null;
                            /** @description SSH public key fingerprint, or a TLS certificate's SHA-256 */
                            fingerprint: string | null;
                            /** @description Names of the clusters that use it */
                            usedBy: string[];
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    createCredential: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "database";
                    name: string;
                    username: string;
                    password: string;
                } | {
                    /** @enum {string} */
                    kind: "ssh";
                    name: string;
                    /** @description Default: root */
                    username?: string;
                    privateKey?: string;
                    passphrase?: string;
                    /** @description Log in with a password instead of privateKey */
                    password?: string;
                    /** @description The user's password for sudo, when the user is not root and sudo asks for one */
                    sudoPassword?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        /** @enum {unknown} */
                        kind: "database" | "ssh" | "http" | "tls";
                        name: string;
                        username: string | null;
                        /** @description SSH public key fingerprint, or a TLS certificate's SHA-256 */
                        fingerprint: string | null;
                        /** @description Names of the clusters that use it */
                        usedBy: string[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    getCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        /** @enum {unknown} */
                        kind: "database" | "ssh" | "http" | "tls";
                        name: string;
                        username: string | null;
                        /** @description SSH public key fingerprint, or a TLS certificate's SHA-256 */
                        fingerprint: string | null;
                        /** @description Names of the clusters that use it */
                        usedBy: string[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    deleteCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    updateCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    username?: string;
                    password?: string;
                    privateKey?: string;
                    passphrase?: string;
                    sudoPassword?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        /** @enum {unknown} */
                        kind: "database" | "ssh" | "http" | "tls";
                        name: string;
                        username: string | null;
                        /** @description SSH public key fingerprint, or a TLS certificate's SHA-256 */
                        fingerprint: string | null;
                        /** @description Names of the clusters that use it */
                        usedBy: string[];
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        updatedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    listClusters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        clusters: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            name: string;
                            scope: string;
                            leader: string | null;
                            /** @description Maintenance mode: Patroni does not fail over */
                            paused: boolean;
                            memberCount: number;
                            health: {
                                /** @enum {unknown} */
                                level: "healthy" | "degraded" | "critical" | "unknown";
                                reasons: {
                                    /** @enum {unknown} */
                                    level: "info" | "warning" | "critical";
                                    /** @description Stable code, e.g. NO_LEADER, REPLICA_LAGGING */
                                    code: string;
                                    /** @description For a person, e.g. "replica pg3 lagging 40 MB" */
                                    message: string;
                                }[];
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    importCluster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Letters, digits, dot, dash, underscore */
                    name: string;
                    haproxy?: {
                        /**
                         * @description host:port
                         * @example 10.0.0.10:5000
                         */
                        readWrite?: string;
                        /**
                         * @description host:port
                         * @example 10.0.0.10:5000
                         */
                        readOnly?: string;
                        /** @description http(s) URL of the stats page; a user:password@ in it is sealed in the credentials store */
                        statsUrl?: string;
                    };
                    database?: {
                        username: string;
                        password: string;
                        /** @description Default: postgres */
                        database?: string;
                    };
                    /**
                     * Format: uuid
                     * @description A database login from /credentials, instead of `database`
                     */
                    databaseCredentialId?: string;
                    security?: {
                        patroniLogin?: {
                            username: string;
                            password: string;
                        } | null;
                        etcdLogin?: {
                            username: string;
                            password: string;
                        } | null;
                        caBundle?: string | null;
                        clientCertificate?: {
                            /** @description PEM client certificate (chain) */
                            certificate: string;
                            /** @description PEM private key of the client certificate (not encrypted) */
                            privateKey: string;
                        } | null;
                        /** @description Default true. False is an explicit choice: audited, and shown as a warning on the cluster page */
                        verifyCertificates?: boolean;
                    };
                    hostAccess?: {
                        /**
                         * Format: uuid
                         * @description An SSH login from /credentials
                         */
                        credentialId: string;
                        /** @description Default 22 */
                        port?: number;
                        /** @description Default false: a host whose key Keel has not pinned is refused, naming the key's fingerprint. True: the key seen first is pinned; a changed key is always refused */
                        trustOnFirstUse?: boolean;
                    };
                    /** @description http(s) URL */
                    patroniUrl: string;
                } | {
                    /** @description Letters, digits, dot, dash, underscore */
                    name: string;
                    haproxy?: {
                        /**
                         * @description host:port
                         * @example 10.0.0.10:5000
                         */
                        readWrite?: string;
                        /**
                         * @description host:port
                         * @example 10.0.0.10:5000
                         */
                        readOnly?: string;
                        /** @description http(s) URL of the stats page; a user:password@ in it is sealed in the credentials store */
                        statsUrl?: string;
                    };
                    database?: {
                        username: string;
                        password: string;
                        /** @description Default: postgres */
                        database?: string;
                    };
                    /**
                     * Format: uuid
                     * @description A database login from /credentials, instead of `database`
                     */
                    databaseCredentialId?: string;
                    security?: {
                        patroniLogin?: {
                            username: string;
                            password: string;
                        } | null;
                        etcdLogin?: {
                            username: string;
                            password: string;
                        } | null;
                        caBundle?: string | null;
                        clientCertificate?: {
                            /** @description PEM client certificate (chain) */
                            certificate: string;
                            /** @description PEM private key of the client certificate (not encrypted) */
                            privateKey: string;
                        } | null;
                        /** @description Default true. False is an explicit choice: audited, and shown as a warning on the cluster page */
                        verifyCertificates?: boolean;
                    };
                    hostAccess?: {
                        /**
                         * Format: uuid
                         * @description An SSH login from /credentials
                         */
                        credentialId: string;
                        /** @description Default 22 */
                        port?: number;
                        /** @description Default false: a host whose key Keel has not pinned is refused, naming the key's fingerprint. True: the key seen first is pinned; a changed key is always refused */
                        trustOnFirstUse?: boolean;
                    };
                    etcd: {
                        endpoints: string[];
                        scope: string;
                        /** @description Default: /service/ */
                        namespace?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        name: string;
                        scope: string;
                        leader: string | null;
                        paused: boolean;
                        timeline: number | null;
                        health: {
                            /** @enum {unknown} */
                            level: "healthy" | "degraded" | "critical" | "unknown";
                            reasons: {
                                /** @enum {unknown} */
                                level: "info" | "warning" | "critical";
                                /** @description Stable code, e.g. NO_LEADER, REPLICA_LAGGING */
                                code: string;
                                /** @description For a person, e.g. "replica pg3 lagging 40 MB" */
                                message: string;
                            }[];
                        };
                        members: {
                            name: string;
                            /**
                             * @description Normalised Patroni role (3.x `master`, 4.x `primary` and `/cluster`'s `leader` are all `leader`)
                             * @enum {unknown}
                             */
                            role: "leader" | "standby_leader" | "sync_standby" | "quorum_standby" | "replica" | "unknown";
                            state: string;
                            /** @description Whether Keel reached this member's Patroni REST API on the last try */
                            reachable: boolean;
                            /** @description Why the member is unreachable */
                            error: string | null;
                            timeline: number | null;
                            /** @description Replication lag; 0 for the leader */
                            lagBytes: number | null;
                            pendingRestart: boolean;
                            tags: {
                                [key: string]: unknown;
                            };
                            apiUrl: string;
                            host: string;
                            port: number;
                            patroniVersion: string | null;
                            /** @description When Keel last reached this member */
                            lastSeen: string | null;
                        }[];
                        etcd: {
                            name: string;
                            endpoint: string;
                            healthy: boolean;
                            isLeader: boolean;
                            error: string | null;
                            lastSeen: string | null;
                        }[];
                        haproxy: {
                            backends: {
                                /** @description HAProxy listener, e.g. primary or replicas */
                                proxy: string;
                                server: string;
                                /** @description HAProxy's own status: UP, DOWN, MAINT, ... */
                                status: string;
                                up: boolean;
                            }[];
                            readWrite: {
                                /** @description host:port */
                                endpoint: string;
                                ok: boolean;
                                /** @description pg_is_in_recovery() as answered */
                                inRecovery: boolean | null;
                                /** @description host:port of the PostgreSQL server that answered (inet_server_addr), when known */
                                server: string | null;
                                error: string | null;
                                latencyMs: number | null;
                                checkedAt: string | null;
                            } | null;
                            readOnly: {
                                /** @description host:port */
                                endpoint: string;
                                ok: boolean;
                                /** @description pg_is_in_recovery() as answered */
                                inRecovery: boolean | null;
                                /** @description host:port of the PostgreSQL server that answered (inet_server_addr), when known */
                                server: string | null;
                                error: string | null;
                                latencyMs: number | null;
                                checkedAt: string | null;
                            } | null;
                            error: string | null;
                        };
                        history: {
                            timeline: number;
                            lsn: number;
                            reason: string;
                            at: string | null;
                            newLeader: string | null;
                        }[];
                        /** @description Null when Keel has no read-write endpoint or no database login for this cluster */
                        replication: {
                            /** @description host:port of the server that answered */
                            server: string | null;
                            currentLsn: string | null;
                            standbys: {
                                /** @description The standby's application_name: Patroni sets its member name */
                                applicationName: string;
                                clientAddr: string | null;
                                /** @description startup, catchup, streaming, backup, stopping */
                                state: string | null;
                                /** @description async, potential, sync or quorum */
                                syncState: string | null;
                                syncPriority: number | null;
                                sentLsn: string | null;
                                writeLsn: string | null;
                                flushLsn: string | null;
                                replayLsn: string | null;
                                /** @description Bytes between the leader's current WAL location and what the standby replayed */
                                replayLagBytes: number | null;
                            }[];
                            slots: {
                                name: string;
                                /** @description physical or logical */
                                type: string;
                                active: boolean;
                                restartLsn: string | null;
                                confirmedFlushLsn: string | null;
                                /** @description reserved, extended, unreserved or lost */
                                walStatus: string | null;
                                /** @description WAL the slot holds back on the leader */
                                retainedBytes: number | null;
                            }[];
                            error: string | null;
                            checkedAt: string | null;
                        } | null;
                        dynamicConfig: {
                            [key: string]: unknown;
                        } | null;
                        /** @description When Keel last completed an observation */
                        observedAt: string | null;
                        view: {
                            /** @description Whether Keel's sources agree about who leads */
                            consistent: boolean;
                            claims: {
                                /**
                                 * @description etcd-watch: the leader key as Keel's watch delivered it; etcd-read: a fresh read of the key; patroni-cluster: Patroni's /cluster; patroni-member: a member's own /patroni role; sql-probe: the server behind HAProxy read-write port, by pg_is_in_recovery()
                                 * @enum {unknown}
                                 */
                                source: "etcd-watch" | "etcd-read" | "patroni-cluster" | "patroni-member" | "sql-probe";
                                leader: string | null;
                                /** @description For a person, e.g. "pg2's REST API says primary" */
                                detail: string;
                                /** @description When this source last said it */
                                at: string | null;
                            }[];
                            watch: {
                                /**
                                 * @description reconnecting: the connection dropped and the watch resumes by itself
                                 * @enum {unknown}
                                 */
                                status: "off" | "starting" | "watching" | "reconnecting" | "restarting" | "failed";
                                lastEventAt: string | null;
                                /** @description Times the watch was restarted from a fresh read */
                                restarts: number;
                                lastRestart: {
                                    /**
                                     * Format: date-time
                                     * @description ISO-8601 timestamp, UTC
                                     */
                                    at: string;
                                    reason: string;
                                } | null;
                            };
                        };
                        namespace: string;
                        etcdEndpoints: string[];
                        haproxyEndpoints: {
                            readWrite: string | null;
                            readOnly: string | null;
                            /** @description Never with its login */
                            statsUrl: string | null;
                            /** @description The stats page's login user (its password is sealed, never shown) */
                            statsUsername: string | null;
                        };
                        /** @description Whether Keel holds a login for its SQL probe (never shown) */
                        hasDatabaseLogin: boolean;
                        /** @description The credential the probe uses (its secret is never shown) */
                        databaseCredentialId: string | null;
                        security: {
                            patroniUsername: string | null;
                            etcdUsername: string | null;
                            /** @description SHA-256 fingerprint of the first CA certificate in the bundle */
                            caFingerprint: string | null;
                            clientCertificateFingerprint: string | null;
                            verifyCertificates: boolean;
                        };
                        /** @description How Keel reaches the members' hosts over SSH (drills); null: it does not */
                        hostAccess: {
                            /** Format: uuid */
                            credentialId: string;
                            credentialName: string;
                            username: string | null;
                            port: number;
                            trustOnFirstUse: boolean;
                        } | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    getCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        name: string;
                        scope: string;
                        leader: string | null;
                        paused: boolean;
                        timeline: number | null;
                        health: {
                            /** @enum {unknown} */
                            level: "healthy" | "degraded" | "critical" | "unknown";
                            reasons: {
                                /** @enum {unknown} */
                                level: "info" | "warning" | "critical";
                                /** @description Stable code, e.g. NO_LEADER, REPLICA_LAGGING */
                                code: string;
                                /** @description For a person, e.g. "replica pg3 lagging 40 MB" */
                                message: string;
                            }[];
                        };
                        members: {
                            name: string;
                            /**
                             * @description Normalised Patroni role (3.x `master`, 4.x `primary` and `/cluster`'s `leader` are all `leader`)
                             * @enum {unknown}
                             */
                            role: "leader" | "standby_leader" | "sync_standby" | "quorum_standby" | "replica" | "unknown";
                            state: string;
                            /** @description Whether Keel reached this member's Patroni REST API on the last try */
                            reachable: boolean;
                            /** @description Why the member is unreachable */
                            error: string | null;
                            timeline: number | null;
                            /** @description Replication lag; 0 for the leader */
                            lagBytes: number | null;
                            pendingRestart: boolean;
                            tags: {
                                [key: string]: unknown;
                            };
                            apiUrl: string;
                            host: string;
                            port: number;
                            patroniVersion: string | null;
                            /** @description When Keel last reached this member */
                            lastSeen: string | null;
                        }[];
                        etcd: {
                            name: string;
                            endpoint: string;
                            healthy: boolean;
                            isLeader: boolean;
                            error: string | null;
                            lastSeen: string | null;
                        }[];
                        haproxy: {
                            backends: {
                                /** @description HAProxy listener, e.g. primary or replicas */
                                proxy: string;
                                server: string;
                                /** @description HAProxy's own status: UP, DOWN, MAINT, ... */
                                status: string;
                                up: boolean;
                            }[];
                            readWrite: {
                                /** @description host:port */
                                endpoint: string;
                                ok: boolean;
                                /** @description pg_is_in_recovery() as answered */
                                inRecovery: boolean | null;
                                /** @description host:port of the PostgreSQL server that answered (inet_server_addr), when known */
                                server: string | null;
                                error: string | null;
                                latencyMs: number | null;
                                checkedAt: string | null;
                            } | null;
                            readOnly: {
                                /** @description host:port */
                                endpoint: string;
                                ok: boolean;
                                /** @description pg_is_in_recovery() as answered */
                                inRecovery: boolean | null;
                                /** @description host:port of the PostgreSQL server that answered (inet_server_addr), when known */
                                server: string | null;
                                error: string | null;
                                latencyMs: number | null;
                                checkedAt: string | null;
                            } | null;
                            error: string | null;
                        };
                        history: {
                            timeline: number;
                            lsn: number;
                            reason: string;
                            at: string | null;
                            newLeader: string | null;
                        }[];
                        /** @description Null when Keel has no read-write endpoint or no database login for this cluster */
                        replication: {
                            /** @description host:port of the server that answered */
                            server: string | null;
                            currentLsn: string | null;
                            standbys: {
                                /** @description The standby's application_name: Patroni sets its member name */
                                applicationName: string;
                                clientAddr: string | null;
                                /** @description startup, catchup, streaming, backup, stopping */
                                state: string | null;
                                /** @description async, potential, sync or quorum */
                                syncState: string | null;
                                syncPriority: number | null;
                                sentLsn: string | null;
                                writeLsn: string | null;
                                flushLsn: string | null;
                                replayLsn: string | null;
                                /** @description Bytes between the leader's current WAL location and what the standby replayed */
                                replayLagBytes: number | null;
                            }[];
                            slots: {
                                name: string;
                                /** @description physical or logical */
                                type: string;
                                active: boolean;
                                restartLsn: string | null;
                                confirmedFlushLsn: string | null;
                                /** @description reserved, extended, unreserved or lost */
                                walStatus: string | null;
                                /** @description WAL the slot holds back on the leader */
                                retainedBytes: number | null;
                            }[];
                            error: string | null;
                            checkedAt: string | null;
                        } | null;
                        dynamicConfig: {
                            [key: string]: unknown;
                        } | null;
                        /** @description When Keel last completed an observation */
                        observedAt: string | null;
                        view: {
                            /** @description Whether Keel's sources agree about who leads */
                            consistent: boolean;
                            claims: {
                                /**
                                 * @description etcd-watch: the leader key as Keel's watch delivered it; etcd-read: a fresh read of the key; patroni-cluster: Patroni's /cluster; patroni-member: a member's own /patroni role; sql-probe: the server behind HAProxy read-write port, by pg_is_in_recovery()
                                 * @enum {unknown}
                                 */
                                source: "etcd-watch" | "etcd-read" | "patroni-cluster" | "patroni-member" | "sql-probe";
                                leader: string | null;
                                /** @description For a person, e.g. "pg2's REST API says primary" */
                                detail: string;
                                /** @description When this source last said it */
                                at: string | null;
                            }[];
                            watch: {
                                /**
                                 * @description reconnecting: the connection dropped and the watch resumes by itself
                                 * @enum {unknown}
                                 */
                                status: "off" | "starting" | "watching" | "reconnecting" | "restarting" | "failed";
                                lastEventAt: string | null;
                                /** @description Times the watch was restarted from a fresh read */
                                restarts: number;
                                lastRestart: {
                                    /**
                                     * Format: date-time
                                     * @description ISO-8601 timestamp, UTC
                                     */
                                    at: string;
                                    reason: string;
                                } | null;
                            };
                        };
                        namespace: string;
                        etcdEndpoints: string[];
                        haproxyEndpoints: {
                            readWrite: string | null;
                            readOnly: string | null;
                            /** @description Never with its login */
                            statsUrl: string | null;
                            /** @description The stats page's login user (its password is sealed, never shown) */
                            statsUsername: string | null;
                        };
                        /** @description Whether Keel holds a login for its SQL probe (never shown) */
                        hasDatabaseLogin: boolean;
                        /** @description The credential the probe uses (its secret is never shown) */
                        databaseCredentialId: string | null;
                        security: {
                            patroniUsername: string | null;
                            etcdUsername: string | null;
                            /** @description SHA-256 fingerprint of the first CA certificate in the bundle */
                            caFingerprint: string | null;
                            clientCertificateFingerprint: string | null;
                            verifyCertificates: boolean;
                        };
                        /** @description How Keel reaches the members' hosts over SSH (drills); null: it does not */
                        hostAccess: {
                            /** Format: uuid */
                            credentialId: string;
                            credentialName: string;
                            username: string | null;
                            port: number;
                            trustOnFirstUse: boolean;
                        } | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    removeCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    updateCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Letters, digits, dot, dash, underscore */
                    name?: string;
                    /** @description The etcd client URLs Keel watches (the cluster's DCS) */
                    etcdEndpoints?: string[];
                    /** @description A new Patroni REST URL for known members, by member name, e.g. {"pg1": "http://10.0.0.11:8008"} */
                    patroniUrls?: {
                        [key: string]: string;
                    };
                    haproxy?: {
                        /**
                         * @description host:port
                         * @example 10.0.0.10:5000
                         */
                        readWrite?: string;
                        /**
                         * @description host:port
                         * @example 10.0.0.10:5000
                         */
                        readOnly?: string;
                        /** @description http(s) URL of the stats page; a user:password@ in it is sealed in the credentials store */
                        statsUrl?: string;
                    };
                    database?: {
                        username: string;
                        password: string;
                        /** @description Default: postgres */
                        database?: string;
                    } | null;
                    databaseCredentialId?: string | null;
                    security?: {
                        patroniLogin?: {
                            username: string;
                            password: string;
                        } | null;
                        etcdLogin?: {
                            username: string;
                            password: string;
                        } | null;
                        caBundle?: string | null;
                        clientCertificate?: {
                            /** @description PEM client certificate (chain) */
                            certificate: string;
                            /** @description PEM private key of the client certificate (not encrypted) */
                            privateKey: string;
                        } | null;
                        /** @description Default true. False is an explicit choice: audited, and shown as a warning on the cluster page */
                        verifyCertificates?: boolean;
                    };
                    /** @description null: Keel no longer reaches the hosts */
                    hostAccess?: {
                        /**
                         * Format: uuid
                         * @description An SSH login from /credentials
                         */
                        credentialId: string;
                        /** @description Default 22 */
                        port?: number;
                        /** @description Default false: a host whose key Keel has not pinned is refused, naming the key's fingerprint. True: the key seen first is pinned; a changed key is always refused */
                        trustOnFirstUse?: boolean;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        name: string;
                        scope: string;
                        leader: string | null;
                        paused: boolean;
                        timeline: number | null;
                        health: {
                            /** @enum {unknown} */
                            level: "healthy" | "degraded" | "critical" | "unknown";
                            reasons: {
                                /** @enum {unknown} */
                                level: "info" | "warning" | "critical";
                                /** @description Stable code, e.g. NO_LEADER, REPLICA_LAGGING */
                                code: string;
                                /** @description For a person, e.g. "replica pg3 lagging 40 MB" */
                                message: string;
                            }[];
                        };
                        members: {
                            name: string;
                            /**
                             * @description Normalised Patroni role (3.x `master`, 4.x `primary` and `/cluster`'s `leader` are all `leader`)
                             * @enum {unknown}
                             */
                            role: "leader" | "standby_leader" | "sync_standby" | "quorum_standby" | "replica" | "unknown";
                            state: string;
                            /** @description Whether Keel reached this member's Patroni REST API on the last try */
                            reachable: boolean;
                            /** @description Why the member is unreachable */
                            error: string | null;
                            timeline: number | null;
                            /** @description Replication lag; 0 for the leader */
                            lagBytes: number | null;
                            pendingRestart: boolean;
                            tags: {
                                [key: string]: unknown;
                            };
                            apiUrl: string;
                            host: string;
                            port: number;
                            patroniVersion: string | null;
                            /** @description When Keel last reached this member */
                            lastSeen: string | null;
                        }[];
                        etcd: {
                            name: string;
                            endpoint: string;
                            healthy: boolean;
                            isLeader: boolean;
                            error: string | null;
                            lastSeen: string | null;
                        }[];
                        haproxy: {
                            backends: {
                                /** @description HAProxy listener, e.g. primary or replicas */
                                proxy: string;
                                server: string;
                                /** @description HAProxy's own status: UP, DOWN, MAINT, ... */
                                status: string;
                                up: boolean;
                            }[];
                            readWrite: {
                                /** @description host:port */
                                endpoint: string;
                                ok: boolean;
                                /** @description pg_is_in_recovery() as answered */
                                inRecovery: boolean | null;
                                /** @description host:port of the PostgreSQL server that answered (inet_server_addr), when known */
                                server: string | null;
                                error: string | null;
                                latencyMs: number | null;
                                checkedAt: string | null;
                            } | null;
                            readOnly: {
                                /** @description host:port */
                                endpoint: string;
                                ok: boolean;
                                /** @description pg_is_in_recovery() as answered */
                                inRecovery: boolean | null;
                                /** @description host:port of the PostgreSQL server that answered (inet_server_addr), when known */
                                server: string | null;
                                error: string | null;
                                latencyMs: number | null;
                                checkedAt: string | null;
                            } | null;
                            error: string | null;
                        };
                        history: {
                            timeline: number;
                            lsn: number;
                            reason: string;
                            at: string | null;
                            newLeader: string | null;
                        }[];
                        /** @description Null when Keel has no read-write endpoint or no database login for this cluster */
                        replication: {
                            /** @description host:port of the server that answered */
                            server: string | null;
                            currentLsn: string | null;
                            standbys: {
                                /** @description The standby's application_name: Patroni sets its member name */
                                applicationName: string;
                                clientAddr: string | null;
                                /** @description startup, catchup, streaming, backup, stopping */
                                state: string | null;
                                /** @description async, potential, sync or quorum */
                                syncState: string | null;
                                syncPriority: number | null;
                                sentLsn: string | null;
                                writeLsn: string | null;
                                flushLsn: string | null;
                                replayLsn: string | null;
                                /** @description Bytes between the leader's current WAL location and what the standby replayed */
                                replayLagBytes: number | null;
                            }[];
                            slots: {
                                name: string;
                                /** @description physical or logical */
                                type: string;
                                active: boolean;
                                restartLsn: string | null;
                                confirmedFlushLsn: string | null;
                                /** @description reserved, extended, unreserved or lost */
                                walStatus: string | null;
                                /** @description WAL the slot holds back on the leader */
                                retainedBytes: number | null;
                            }[];
                            error: string | null;
                            checkedAt: string | null;
                        } | null;
                        dynamicConfig: {
                            [key: string]: unknown;
                        } | null;
                        /** @description When Keel last completed an observation */
                        observedAt: string | null;
                        view: {
                            /** @description Whether Keel's sources agree about who leads */
                            consistent: boolean;
                            claims: {
                                /**
                                 * @description etcd-watch: the leader key as Keel's watch delivered it; etcd-read: a fresh read of the key; patroni-cluster: Patroni's /cluster; patroni-member: a member's own /patroni role; sql-probe: the server behind HAProxy read-write port, by pg_is_in_recovery()
                                 * @enum {unknown}
                                 */
                                source: "etcd-watch" | "etcd-read" | "patroni-cluster" | "patroni-member" | "sql-probe";
                                leader: string | null;
                                /** @description For a person, e.g. "pg2's REST API says primary" */
                                detail: string;
                                /** @description When this source last said it */
                                at: string | null;
                            }[];
                            watch: {
                                /**
                                 * @description reconnecting: the connection dropped and the watch resumes by itself
                                 * @enum {unknown}
                                 */
                                status: "off" | "starting" | "watching" | "reconnecting" | "restarting" | "failed";
                                lastEventAt: string | null;
                                /** @description Times the watch was restarted from a fresh read */
                                restarts: number;
                                lastRestart: {
                                    /**
                                     * Format: date-time
                                     * @description ISO-8601 timestamp, UTC
                                     */
                                    at: string;
                                    reason: string;
                                } | null;
                            };
                        };
                        namespace: string;
                        etcdEndpoints: string[];
                        haproxyEndpoints: {
                            readWrite: string | null;
                            readOnly: string | null;
                            /** @description Never with its login */
                            statsUrl: string | null;
                            /** @description The stats page's login user (its password is sealed, never shown) */
                            statsUsername: string | null;
                        };
                        /** @description Whether Keel holds a login for its SQL probe (never shown) */
                        hasDatabaseLogin: boolean;
                        /** @description The credential the probe uses (its secret is never shown) */
                        databaseCredentialId: string | null;
                        security: {
                            patroniUsername: string | null;
                            etcdUsername: string | null;
                            /** @description SHA-256 fingerprint of the first CA certificate in the bundle */
                            caFingerprint: string | null;
                            clientCertificateFingerprint: string | null;
                            verifyCertificates: boolean;
                        };
                        /** @description How Keel reaches the members' hosts over SSH (drills); null: it does not */
                        hostAccess: {
                            /** Format: uuid */
                            credentialId: string;
                            credentialName: string;
                            username: string | null;
                            port: number;
                            trustOnFirstUse: boolean;
                        } | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    getClusterLag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        members: {
                            [key: string]: {
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 timestamp, UTC
                                 */
                                at: string;
                                lagBytes: number | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    getClusterActivity: {
        parameters: {
            query?: {
                /** @description Newest first; default 50 */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: ({
                            /** @enum {string} */
                            type: "member.role";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            at: string;
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            clusterId: string;
                            member: string;
                            from: ("leader" | "standby_leader" | "sync_standby" | "quorum_standby" | "replica" | "unknown") | null;
                            to: ("leader" | "standby_leader" | "sync_standby" | "quorum_standby" | "replica" | "unknown") | null;
                        } | {
                            /** @enum {string} */
                            type: "cluster.leader";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            at: string;
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            clusterId: string;
                            from: string | null;
                            to: string | null;
                        } | {
                            /** @enum {string} */
                            type: "cluster.health";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            at: string;
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            clusterId: string;
                            /** @enum {unknown} */
                            from: "healthy" | "degraded" | "critical" | "unknown";
                            /** @enum {unknown} */
                            to: "healthy" | "degraded" | "critical" | "unknown";
                            reasons: string[];
                        })[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    refreshCluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        name: string;
                        scope: string;
                        leader: string | null;
                        paused: boolean;
                        timeline: number | null;
                        health: {
                            /** @enum {unknown} */
                            level: "healthy" | "degraded" | "critical" | "unknown";
                            reasons: {
                                /** @enum {unknown} */
                                level: "info" | "warning" | "critical";
                                /** @description Stable code, e.g. NO_LEADER, REPLICA_LAGGING */
                                code: string;
                                /** @description For a person, e.g. "replica pg3 lagging 40 MB" */
                                message: string;
                            }[];
                        };
                        members: {
                            name: string;
                            /**
                             * @description Normalised Patroni role (3.x `master`, 4.x `primary` and `/cluster`'s `leader` are all `leader`)
                             * @enum {unknown}
                             */
                            role: "leader" | "standby_leader" | "sync_standby" | "quorum_standby" | "replica" | "unknown";
                            state: string;
                            /** @description Whether Keel reached this member's Patroni REST API on the last try */
                            reachable: boolean;
                            /** @description Why the member is unreachable */
                            error: string | null;
                            timeline: number | null;
                            /** @description Replication lag; 0 for the leader */
                            lagBytes: number | null;
                            pendingRestart: boolean;
                            tags: {
                                [key: string]: unknown;
                            };
                            apiUrl: string;
                            host: string;
                            port: number;
                            patroniVersion: string | null;
                            /** @description When Keel last reached this member */
                            lastSeen: string | null;
                        }[];
                        etcd: {
                            name: string;
                            endpoint: string;
                            healthy: boolean;
                            isLeader: boolean;
                            error: string | null;
                            lastSeen: string | null;
                        }[];
                        haproxy: {
                            backends: {
                                /** @description HAProxy listener, e.g. primary or replicas */
                                proxy: string;
                                server: string;
                                /** @description HAProxy's own status: UP, DOWN, MAINT, ... */
                                status: string;
                                up: boolean;
                            }[];
                            readWrite: {
                                /** @description host:port */
                                endpoint: string;
                                ok: boolean;
                                /** @description pg_is_in_recovery() as answered */
                                inRecovery: boolean | null;
                                /** @description host:port of the PostgreSQL server that answered (inet_server_addr), when known */
                                server: string | null;
                                error: string | null;
                                latencyMs: number | null;
                                checkedAt: string | null;
                            } | null;
                            readOnly: {
                                /** @description host:port */
                                endpoint: string;
                                ok: boolean;
                                /** @description pg_is_in_recovery() as answered */
                                inRecovery: boolean | null;
                                /** @description host:port of the PostgreSQL server that answered (inet_server_addr), when known */
                                server: string | null;
                                error: string | null;
                                latencyMs: number | null;
                                checkedAt: string | null;
                            } | null;
                            error: string | null;
                        };
                        history: {
                            timeline: number;
                            lsn: number;
                            reason: string;
                            at: string | null;
                            newLeader: string | null;
                        }[];
                        /** @description Null when Keel has no read-write endpoint or no database login for this cluster */
                        replication: {
                            /** @description host:port of the server that answered */
                            server: string | null;
                            currentLsn: string | null;
                            standbys: {
                                /** @description The standby's application_name: Patroni sets its member name */
                                applicationName: string;
                                clientAddr: string | null;
                                /** @description startup, catchup, streaming, backup, stopping */
                                state: string | null;
                                /** @description async, potential, sync or quorum */
                                syncState: string | null;
                                syncPriority: number | null;
                                sentLsn: string | null;
                                writeLsn: string | null;
                                flushLsn: string | null;
                                replayLsn: string | null;
                                /** @description Bytes between the leader's current WAL location and what the standby replayed */
                                replayLagBytes: number | null;
                            }[];
                            slots: {
                                name: string;
                                /** @description physical or logical */
                                type: string;
                                active: boolean;
                                restartLsn: string | null;
                                confirmedFlushLsn: string | null;
                                /** @description reserved, extended, unreserved or lost */
                                walStatus: string | null;
                                /** @description WAL the slot holds back on the leader */
                                retainedBytes: number | null;
                            }[];
                            error: string | null;
                            checkedAt: string | null;
                        } | null;
                        dynamicConfig: {
                            [key: string]: unknown;
                        } | null;
                        /** @description When Keel last completed an observation */
                        observedAt: string | null;
                        view: {
                            /** @description Whether Keel's sources agree about who leads */
                            consistent: boolean;
                            claims: {
                                /**
                                 * @description etcd-watch: the leader key as Keel's watch delivered it; etcd-read: a fresh read of the key; patroni-cluster: Patroni's /cluster; patroni-member: a member's own /patroni role; sql-probe: the server behind HAProxy read-write port, by pg_is_in_recovery()
                                 * @enum {unknown}
                                 */
                                source: "etcd-watch" | "etcd-read" | "patroni-cluster" | "patroni-member" | "sql-probe";
                                leader: string | null;
                                /** @description For a person, e.g. "pg2's REST API says primary" */
                                detail: string;
                                /** @description When this source last said it */
                                at: string | null;
                            }[];
                            watch: {
                                /**
                                 * @description reconnecting: the connection dropped and the watch resumes by itself
                                 * @enum {unknown}
                                 */
                                status: "off" | "starting" | "watching" | "reconnecting" | "restarting" | "failed";
                                lastEventAt: string | null;
                                /** @description Times the watch was restarted from a fresh read */
                                restarts: number;
                                lastRestart: {
                                    /**
                                     * Format: date-time
                                     * @description ISO-8601 timestamp, UTC
                                     */
                                    at: string;
                                    reason: string;
                                } | null;
                            };
                        };
                        namespace: string;
                        etcdEndpoints: string[];
                        haproxyEndpoints: {
                            readWrite: string | null;
                            readOnly: string | null;
                            /** @description Never with its login */
                            statsUrl: string | null;
                            /** @description The stats page's login user (its password is sealed, never shown) */
                            statsUsername: string | null;
                        };
                        /** @description Whether Keel holds a login for its SQL probe (never shown) */
                        hasDatabaseLogin: boolean;
                        /** @description The credential the probe uses (its secret is never shown) */
                        databaseCredentialId: string | null;
                        security: {
                            patroniUsername: string | null;
                            etcdUsername: string | null;
                            /** @description SHA-256 fingerprint of the first CA certificate in the bundle */
                            caFingerprint: string | null;
                            clientCertificateFingerprint: string | null;
                            verifyCertificates: boolean;
                        };
                        /** @description How Keel reaches the members' hosts over SSH (drills); null: it does not */
                        hostAccess: {
                            /** Format: uuid */
                            credentialId: string;
                            credentialName: string;
                            username: string | null;
                            port: number;
                            trustOnFirstUse: boolean;
                        } | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    switchover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    candidate?: string;
                    /**
                     * Format: date-time
                     * @description ISO-8601 timestamp, UTC
                     */
                    scheduledAt?: string;
                    /** @description Refuse a candidate further behind (default: the cluster's maximum_lag_on_failover, else Patroni's 1 MiB) */
                    maxLagBytes?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        clusterId: string | null;
                        /** @enum {unknown} */
                        kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                        /** @description e.g. "Switchover pg1 → pg2" */
                        summary: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                        requestedBy: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        scheduledAt: string | null;
                        startedAt: string | null;
                        finishedAt: string | null;
                        /** @description How it ended, and why */
                        result: string | null;
                        steps: {
                            name: string;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed" | "skipped";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description What the step found, with its figure */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    failover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    candidate: string;
                    /** @description Fail over even though a healthy leader exists */
                    force?: boolean;
                    /** @description With force: the cluster name, typed again */
                    confirm?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        clusterId: string | null;
                        /** @enum {unknown} */
                        kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                        /** @description e.g. "Switchover pg1 → pg2" */
                        summary: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                        requestedBy: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        scheduledAt: string | null;
                        startedAt: string | null;
                        finishedAt: string | null;
                        /** @description How it ended, and why */
                        result: string | null;
                        steps: {
                            name: string;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed" | "skipped";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description What the step found, with its figure */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    restart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One member; absent: the whole cluster, rolling */
                    member?: string;
                    /** @description Only members with a pending restart */
                    pendingOnly?: boolean;
                    /** @description Whole cluster: switch over instead of restarting the leader in place */
                    switchoverFirst?: boolean;
                    /**
                     * Format: date-time
                     * @description ISO-8601 timestamp, UTC
                     */
                    scheduledAt?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        clusterId: string | null;
                        /** @enum {unknown} */
                        kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                        /** @description e.g. "Switchover pg1 → pg2" */
                        summary: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                        requestedBy: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        scheduledAt: string | null;
                        startedAt: string | null;
                        finishedAt: string | null;
                        /** @description How it ended, and why */
                        result: string | null;
                        steps: {
                            name: string;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed" | "skipped";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description What the step found, with its figure */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    reinitialize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    member: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        clusterId: string | null;
                        /** @enum {unknown} */
                        kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                        /** @description e.g. "Switchover pg1 → pg2" */
                        summary: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                        requestedBy: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        scheduledAt: string | null;
                        startedAt: string | null;
                        finishedAt: string | null;
                        /** @description How it ended, and why */
                        result: string | null;
                        steps: {
                            name: string;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed" | "skipped";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description What the step found, with its figure */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    reload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    member?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        clusterId: string | null;
                        /** @enum {unknown} */
                        kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                        /** @description e.g. "Switchover pg1 → pg2" */
                        summary: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                        requestedBy: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        scheduledAt: string | null;
                        startedAt: string | null;
                        finishedAt: string | null;
                        /** @description How it ended, and why */
                        result: string | null;
                        steps: {
                            name: string;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed" | "skipped";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description What the step found, with its figure */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        clusterId: string | null;
                        /** @enum {unknown} */
                        kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                        /** @description e.g. "Switchover pg1 → pg2" */
                        summary: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                        requestedBy: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        scheduledAt: string | null;
                        startedAt: string | null;
                        finishedAt: string | null;
                        /** @description How it ended, and why */
                        result: string | null;
                        steps: {
                            name: string;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed" | "skipped";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description What the step found, with its figure */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        clusterId: string | null;
                        /** @enum {unknown} */
                        kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                        /** @description e.g. "Switchover pg1 → pg2" */
                        summary: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                        requestedBy: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        scheduledAt: string | null;
                        startedAt: string | null;
                        finishedAt: string | null;
                        /** @description How it ended, and why */
                        result: string | null;
                        steps: {
                            name: string;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed" | "skipped";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description What the step found, with its figure */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    drill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "planned-switchover" | "patroni-stopped" | "postgres-killed" | "host-lost" | "network-isolated" | "frozen";
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        clusterId: string | null;
                        /** @enum {unknown} */
                        kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                        /** @description e.g. "Switchover pg1 → pg2" */
                        summary: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                        requestedBy: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        scheduledAt: string | null;
                        startedAt: string | null;
                        finishedAt: string | null;
                        /** @description How it ended, and why */
                        result: string | null;
                        steps: {
                            name: string;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed" | "skipped";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description What the step found, with its figure */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    precheckSwitchover: {
        parameters: {
            query?: {
                candidate?: string;
            };
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        checks: {
                            name: string;
                            ok: boolean;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    changeConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    changes: {
                        [key: string]: unknown;
                    };
                    /** @description Only validate and show the diff */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changes: {
                            path: string;
                            /** @description In Patroni's dynamic configuration (DCS); null when not set there */
                            before: unknown;
                            after: unknown;
                            /** @description For PostgreSQL parameters: the value the server runs with now (its pg_settings) */
                            running: string | null;
                            /** @description pg_settings says context 'postmaster' */
                            needsRestart: boolean;
                            /** @description Runs commands, loads code or changes access: admin only */
                            needsAdmin: boolean;
                        }[];
                        warnings: string[];
                        /** @description The paths only an admin may apply */
                        needsAdmin: string[];
                        /** @description The job applying it; null for a dry run */
                        job: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            clusterId: string | null;
                            /** @enum {unknown} */
                            kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                            /** @description e.g. "Switchover pg1 → pg2" */
                            summary: string;
                            params: {
                                [key: string]: unknown;
                            };
                            /** @enum {unknown} */
                            status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                            requestedBy: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            createdAt: string;
                            scheduledAt: string | null;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** @description How it ended, and why */
                            result: string | null;
                            steps: {
                                name: string;
                                /** @enum {unknown} */
                                status: "running" | "succeeded" | "failed" | "skipped";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 timestamp, UTC
                                 */
                                startedAt: string;
                                finishedAt: string | null;
                                /** @description What the step found, with its figure */
                                detail: string | null;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changes: {
                            path: string;
                            /** @description In Patroni's dynamic configuration (DCS); null when not set there */
                            before: unknown;
                            after: unknown;
                            /** @description For PostgreSQL parameters: the value the server runs with now (its pg_settings) */
                            running: string | null;
                            /** @description pg_settings says context 'postmaster' */
                            needsRestart: boolean;
                            /** @description Runs commands, loads code or changes access: admin only */
                            needsAdmin: boolean;
                        }[];
                        warnings: string[];
                        /** @description The paths only an admin may apply */
                        needsAdmin: string[];
                        /** @description The job applying it; null for a dry run */
                        job: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            clusterId: string | null;
                            /** @enum {unknown} */
                            kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                            /** @description e.g. "Switchover pg1 → pg2" */
                            summary: string;
                            params: {
                                [key: string]: unknown;
                            };
                            /** @enum {unknown} */
                            status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                            requestedBy: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            createdAt: string;
                            scheduledAt: string | null;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** @description How it ended, and why */
                            result: string | null;
                            steps: {
                                name: string;
                                /** @enum {unknown} */
                                status: "running" | "succeeded" | "failed" | "skipped";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 timestamp, UTC
                                 */
                                startedAt: string;
                                finishedAt: string | null;
                                /** @description What the step found, with its figure */
                                detail: string | null;
                            }[];
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    listClusterDrills: {
        parameters: {
            query?: {
                /** @description Default 50 */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        drills: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            jobId: string;
                            /** @enum {unknown} */
                            kind: "planned-switchover" | "patroni-stopped" | "postgres-killed" | "host-lost" | "network-isolated" | "frozen";
                            /** @enum {unknown} */
                            status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                            requestedBy: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            createdAt: string;
                            finishedAt: string | null;
                            result: string | null;
                            /** @description Null while running, or when the drill stopped early */
                            report: {
                                /** @enum {unknown} */
                                kind: "planned-switchover" | "patroni-stopped" | "postgres-killed" | "host-lost" | "network-isolated" | "frozen";
                                oldLeader: string;
                                /** @description Null: the same member leads again */
                                newLeader: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 timestamp, UTC
                                 */
                                faultAt: string;
                                /** @description The longest gap between acknowledged writes (RTO as a client saw it) */
                                writeDowntimeMs: number;
                                /** @description The same for reads through the read-only endpoint */
                                readDowntimeMs: number;
                                writes: {
                                    acknowledged: number;
                                    /** @description Acknowledged to the client, missing on the leader afterwards (RPO) */
                                    lost: number;
                                    /** @description The lost writes’ sequence numbers (first 1000) */
                                    lostSeqs: number[];
                                    /** @description WAL between the new timeline’s switch point and the last lost write; null when none was lost */
                                    lostWalBytes: number | null;
                                };
                                split: {
                                    /** @description Fault to the leader key released or expired (as the etcd watch saw it) */
                                    detectMs: number | null;
                                    /** @description Leader key gone to a new leader holding it */
                                    electMs: number | null;
                                    /** @description New leader elected to its promotion (Patroni’s history, else its role) */
                                    promoteMs: number | null;
                                    /** @description Promotion to the first acknowledged write through HAProxy */
                                    routeMs: number | null;
                                    /** @description Fault undone to the old leader streaming as a replica */
                                    rejoinMs: number | null;
                                };
                                timings: {
                                    ttl: number | null;
                                    loopWait: number | null;
                                    retryTimeout: number | null;
                                    synchronousMode: string | null;
                                    patroniVersion: string | null;
                                };
                                bound: {
                                    /** @description The write downtime the configuration allows for this fault */
                                    ms: number | null;
                                    /** @description How the bound follows from the settings, and what to change */
                                    explanation: string;
                                    within: boolean | null;
                                };
                                warnings: string[];
                                events: {
                                    /** @enum {unknown} */
                                    name: "fault-injected" | "leader-lost" | "new-leader" | "promoted" | "routed" | "first-write" | "fault-undone" | "rejoined" | "healthy";
                                    /**
                                     * Format: date-time
                                     * @description ISO-8601 timestamp, UTC
                                     */
                                    at: string;
                                    /** @description Milliseconds after the fault was injected */
                                    offsetMs: number;
                                    detail: string;
                                }[];
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    listClusterSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        schedules: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            clusterId: string;
                            /** @enum {string} */
                            kind: "drill";
                            params: {
                                [key: string]: unknown;
                            };
                            cron: string;
                            enabled: boolean;
                            /** @description Each run is checked against this user’s role */
                            owner: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            createdAt: string;
                            /** @description Null when disabled */
                            nextRunAt: string | null;
                            lastRunAt: string | null;
                            lastJobId: string | null;
                            /** @description Why the last run did not start */
                            lastError: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    createSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "drill";
                    params: {
                        /** @enum {unknown} */
                        kind: "planned-switchover" | "patroni-stopped" | "postgres-killed" | "host-lost" | "network-isolated" | "frozen";
                    };
                    /** @description Five fields, minute hour day-of-month month day-of-week, in UTC: "0 3 1 * *" is 03:00 on the first of each month */
                    cron: string;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        clusterId: string;
                        /** @enum {string} */
                        kind: "drill";
                        params: {
                            [key: string]: unknown;
                        };
                        cron: string;
                        enabled: boolean;
                        /** @description Each run is checked against this user’s role */
                        owner: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        /** @description Null when disabled */
                        nextRunAt: string | null;
                        lastRunAt: string | null;
                        lastJobId: string | null;
                        /** @description Why the last run did not start */
                        lastError: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    deleteSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    updateSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Five fields, minute hour day-of-month month day-of-week, in UTC: "0 3 1 * *" is 03:00 on the first of each month */
                    cron?: string;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        clusterId: string;
                        /** @enum {string} */
                        kind: "drill";
                        params: {
                            [key: string]: unknown;
                        };
                        cron: string;
                        enabled: boolean;
                        /** @description Each run is checked against this user’s role */
                        owner: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        /** @description Null when disabled */
                        nextRunAt: string | null;
                        lastRunAt: string | null;
                        lastJobId: string | null;
                        /** @description Why the last run did not start */
                        lastError: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                /** @description Identifier */
                clusterId?: string;
                status?: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                kind?: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                /** @description Only jobs created before this job (paging) */
                before?: string;
                /** @description Default 50 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobs: {
                            /**
                             * Format: uuid
                             * @description Identifier
                             */
                            id: string;
                            clusterId: string | null;
                            /** @enum {unknown} */
                            kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                            /** @description e.g. "Switchover pg1 → pg2" */
                            summary: string;
                            params: {
                                [key: string]: unknown;
                            };
                            /** @enum {unknown} */
                            status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                            requestedBy: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            createdAt: string;
                            scheduledAt: string | null;
                            startedAt: string | null;
                            finishedAt: string | null;
                            /** @description How it ended, and why */
                            result: string | null;
                            steps: {
                                name: string;
                                /** @enum {unknown} */
                                status: "running" | "succeeded" | "failed" | "skipped";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 timestamp, UTC
                                 */
                                startedAt: string;
                                finishedAt: string | null;
                                /** @description What the step found, with its figure */
                                detail: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        clusterId: string | null;
                        /** @enum {unknown} */
                        kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                        /** @description e.g. "Switchover pg1 → pg2" */
                        summary: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                        requestedBy: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        scheduledAt: string | null;
                        startedAt: string | null;
                        finishedAt: string | null;
                        /** @description How it ended, and why */
                        result: string | null;
                        steps: {
                            name: string;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed" | "skipped";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description What the step found, with its figure */
                            detail: string | null;
                        }[];
                        log: {
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            at: string;
                            /** @enum {unknown} */
                            level: "info" | "warn" | "error";
                            step: string | null;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
    cancelJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Identifier
                         */
                        id: string;
                        clusterId: string | null;
                        /** @enum {unknown} */
                        kind: "switchover" | "failover" | "restart" | "reinitialize" | "reload" | "pause" | "resume" | "config" | "drill";
                        /** @description e.g. "Switchover pg1 → pg2" */
                        summary: string;
                        params: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status: "queued" | "running" | "succeeded" | "failed" | "interrupted" | "cancelled";
                        requestedBy: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 timestamp, UTC
                         */
                        createdAt: string;
                        scheduledAt: string | null;
                        startedAt: string | null;
                        finishedAt: string | null;
                        /** @description How it ended, and why */
                        result: string | null;
                        steps: {
                            name: string;
                            /** @enum {unknown} */
                            status: "running" | "succeeded" | "failed" | "skipped";
                            /**
                             * Format: date-time
                             * @description ISO-8601 timestamp, UTC
                             */
                            startedAt: string;
                            finishedAt: string | null;
                            /** @description What the step found, with its figure */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statusCode: number;
                        /** @description Stable machine-readable error code, e.g. VALIDATION_FAILED */
                        code: string;
                        /** @description HTTP reason phrase */
                        error: string;
                        /** @description What went wrong, written for a person */
                        message: string;
                    };
                };
            };
        };
    };
}
