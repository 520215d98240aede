// GENERATED from the server's OpenAPI document (the zod schemas of src/modules/*/*.schema.ts) by
// scripts/generate-api-types.ts. Do not edit: change the schemas, then run `npm run api:types`.
// A test (test/web/api-types.test.ts) fails while this file differs from what the server declares.

export interface paths {
    "/api/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One action */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanAction"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an action with its reports */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an action; coordinatorIds and kpis, when sent, replace the lists */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        budgetPlanned?: number | null;
                        /** @default null */
                        budgetSource?: string | null;
                        /** @default null */
                        budgetSpent?: number | null;
                        code?: string;
                        /** @default [] */
                        coordinatorIds?: string[];
                        /** Format: date */
                        dueOn?: string;
                        /** @default [] */
                        kpis?: {
                            baseline: number;
                            /** @enum {string} */
                            direction: "increase" | "decrease";
                            /** @default null */
                            indicator?: {
                                /** @enum {string} */
                                index: "PCI" | "PAPI" | "PGI";
                                key: string;
                            } | null;
                            key: string;
                            target: number;
                            title: {
                                en: string;
                                vi: string;
                            };
                            unit: string;
                        }[];
                        /** Format: uuid */
                        leadAgencyId?: string;
                        /** Format: uuid */
                        objectiveId?: string;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        priorityArea?: "economy" | "environment" | "education" | "health" | "transport-urban" | "social-protection" | "agriculture" | "admin-reform" | null;
                        /** @default [] */
                        recommendations?: {
                            /** Format: uuid */
                            consultationId: string;
                            optionKey: string;
                        }[];
                        /** Format: date */
                        startsOn?: string;
                        title?: {
                            en: string;
                            vi: string;
                        };
                        /** @default null */
                        weight?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanAction"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/actions/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An action's progress reports with their evidence files */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reports: {
                                actionId: string;
                                evidence: components["schemas"]["PlanEvidence"][];
                                id: string;
                                kpiValues: {
                                    [key: string]: number;
                                };
                                narrative: string;
                                percent: number;
                                period: string;
                                statusNote: string;
                                submittedOn: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Report progress for a period (lead or coordinating agency); the same period again replaces it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default {} */
                        kpiValues?: {
                            [key: string]: number;
                        };
                        /** @default  */
                        narrative?: string;
                        percent: number;
                        period: string;
                        /** @default  */
                        statusNote?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanReport"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanReport"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a consultation from a spec (docs/contracts.md) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default invite
                         * @enum {string}
                         */
                        access?: "invite" | "open";
                        ballot: {
                            max?: number;
                            min?: number;
                            points?: number;
                            scale?: number | {
                                max: number;
                                min: number;
                            };
                            /** @enum {string} */
                            type: "approval" | "ranking" | "score" | "pairwise" | "budget";
                        };
                        /** @default [] */
                        clusters?: {
                            key: string;
                            title: {
                                en: string;
                                vi: string;
                            };
                        }[];
                        /** @default [] */
                        groups?: {
                            key: string;
                            title: {
                                en: string;
                                vi: string;
                            };
                            weight?: number;
                        }[];
                        /** @default false */
                        illustrative?: boolean;
                        minGroupSize?: number;
                        options: {
                            key: string;
                            title: {
                                en: string;
                                vi: string;
                            };
                        }[];
                        /** Format: uuid */
                        spaceId?: string;
                        title: {
                            en: string;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consultation with its options and ballot count */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Consultation"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cast a ballot; 201 only once it is durable */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve?: unknown;
                        pairs?: unknown;
                        ranking?: unknown;
                        scores?: unknown;
                        skipped?: unknown;
                        token?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receipt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/ballots.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The anonymised ballots and, apart, their receipts, each sorted, with the digest over both */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the consultation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make single-use invitation tokens (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cluster?: string;
                        count: number;
                        group?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/invitations.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make invitation tokens and answer a printable A4 sheet of QR cards (the only place the tokens appear) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cluster?: string;
                        count: number;
                        group?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live results as server-sent events (event "results"); at most DOITHOAI_LIVE_STREAMS_PER_ADDRESS streams per client address */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the consultation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/open-data.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: ballots.csv, results.json, consultation.json and README.txt (public once published) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/paper-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The paper batches of the consultation, newest first: forms, the two entries, differences settled, ballots counted */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batches: components["schemas"]["PaperBatchSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a batch of paper forms */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cluster?: string;
                        forms: number;
                        group?: string;
                        key: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/paper-batches/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The batch with the two entries compared form by form */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaperBatchView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/paper-batches/{key}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count the batch: once, with all differences resolved */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaperCommitOutcome"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/paper-batches/{key}/entries/{entry}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Type in the batch (entry 1 or 2, by two different people) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entry: number;
                    id: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        forms: {
                            approve?: unknown;
                            ranking?: unknown;
                            scores?: unknown;
                            /** @enum {boolean} */
                            spoilt?: true;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/paper-batches/{key}/resolutions/{form}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Settle a form the two entries read differently (form numbers start at 1) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    form: number;
                    id: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reading: {
                            approve?: unknown;
                            ranking?: unknown;
                            scores?: unknown;
                            /** @enum {boolean} */
                            spoilt?: true;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposed options, pending and decided (facilitators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            proposals: {
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                id: string;
                                optionKey: string | null;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                text: string;
                                title: {
                                    en: string;
                                    vi: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Propose a new option (pairwise, while open); held for moderation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            text: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/proposals/{proposalId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a proposal: it becomes an option served in pairs */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    proposalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: {
                            /** @default  */
                            en?: string;
                            vi: string;
                        };
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            id: string;
                            optionKey: string | null;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            text: string;
                            title: {
                                en: string;
                                vi: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/proposals/{proposalId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposal: it never appears */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    proposalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            id: string;
                            optionKey: string | null;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            text: string;
                            title: {
                                en: string;
                                vi: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the consultation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tallied results (public once published) */
        get: {
            parameters: {
                query?: {
                    by?: "group" | "cluster";
                    method?: string;
                    seats?: number;
                    stability?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsultationResults"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/results.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results as a Word report in Vietnamese (?stability=200 adds how firm the ranking is) */
        get: {
            parameters: {
                query?: {
                    method?: string;
                    seats?: number;
                    stability?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results as an Excel workbook: ranking, breakdowns, method, anonymised ballots */
        get: {
            parameters: {
                query?: {
                    method?: string;
                    seats?: number;
                    stability?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time code to a phone number or e-mail (open consultations) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contact: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            expiresInMinutes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consultations/{id}/verification/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the code and receive a single-use voting token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        contact: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            voteUrl: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation: its question, limits and status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            /** Format: uuid */
                            forumId: string | null;
                            /** Format: uuid */
                            id: string;
                            permissions: {
                                manage: boolean;
                                moderate: boolean;
                            };
                            slug: string;
                            /** Format: uuid */
                            spaceId: string;
                            statementMaxLength: number;
                            statementsPerParticipant: number;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: {
                                en: string | null;
                                vi: string;
                            };
                            topic: {
                                en: string | null;
                                vi: string;
                            };
                            votesVersion: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the conversation to statements and votes (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            /** Format: uuid */
                            forumId: string | null;
                            /** Format: uuid */
                            id: string;
                            permissions: {
                                manage: boolean;
                                moderate: boolean;
                            };
                            slug: string;
                            /** Format: uuid */
                            spaceId: string;
                            statementMaxLength: number;
                            statementsPerParticipant: number;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: {
                                en: string | null;
                                vi: string;
                            };
                            topic: {
                                en: string | null;
                                vi: string;
                            };
                            votesVersion: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/export/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data in Pol.is's export layout: comments.csv, votes.csv or participants-votes.csv (public; participants renumbered in a keyed random order, times to the hour) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: "comments.csv" | "votes.csv" | "participants-votes.csv";
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last good map with its time, or how many more votes the first one needs; with the statements’ texts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            computedAt: string | null;
                            map: {
                                clustered: number;
                                consensus: {
                                    agree: {
                                        /** @enum {string} */
                                        direction: "agree" | "disagree";
                                        probability: number;
                                        probabilityTest: number;
                                        /** @description share of everyone’s votes that go this way (maps stored before it was kept lack it) */
                                        share?: number;
                                        tid: number;
                                    }[];
                                    disagree: {
                                        /** @enum {string} */
                                        direction: "agree" | "disagree";
                                        probability: number;
                                        probabilityTest: number;
                                        /** @description share of everyone’s votes that go this way (maps stored before it was kept lack it) */
                                        share?: number;
                                        tid: number;
                                    }[];
                                };
                                groupInformedConsensus: {
                                    [key: string]: number;
                                };
                                groups: {
                                    id: number;
                                    members: number[];
                                    representative: {
                                        agree: number;
                                        /** @enum {string} */
                                        direction: "agree" | "disagree";
                                        /** @description share of the group’s votes that disagree (maps stored before it was kept lack it) */
                                        disagree?: number;
                                        probability: number;
                                        probabilityTest: number;
                                        repness: number;
                                        repnessTest: number;
                                        tid: number;
                                    }[];
                                    size: number;
                                }[];
                                participants: number;
                                /** @description how the two components were found: every participant, or above 10,000 participants batches of `sampled` each */
                                pca?: {
                                    batches?: number;
                                    /** @enum {string} */
                                    name: "full" | "mini-batch";
                                    sampled?: number;
                                };
                                points: {
                                    group: number | null;
                                    pid: number;
                                    x: number;
                                    y: number;
                                }[];
                                priorities: {
                                    [key: string]: number;
                                };
                                statements: number;
                            } | null;
                            participantsNeeded: number | null;
                            statements: {
                                agree: number;
                                createdAt: string;
                                disagree: number;
                                isMeta: boolean;
                                pass: number;
                                seed: boolean;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                text: string;
                                tid: number;
                            }[];
                            /** @enum {string} */
                            status: "ready" | "waiting";
                            votesNeeded: number | null;
                            votesVersion: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the conversation to statements and votes (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            /** Format: uuid */
                            forumId: string | null;
                            /** Format: uuid */
                            id: string;
                            permissions: {
                                manage: boolean;
                                moderate: boolean;
                            };
                            slug: string;
                            /** Format: uuid */
                            spaceId: string;
                            statementMaxLength: number;
                            statementsPerParticipant: number;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: {
                                en: string | null;
                                vi: string;
                            };
                            topic: {
                                en: string | null;
                                vi: string;
                            };
                            votesVersion: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Votes and new participants per day (Vietnam’s day) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: {
                                /**
                                 * Format: date
                                 * @description Vietnam’s day (UTC+7)
                                 */
                                day: string;
                                /** @description Participants created that day */
                                participants: number;
                                /** @description Votes cast that day: a first vote on a statement, and a changed vote again on the day it changed; the same vote sent again is not counted */
                                votes: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The opinion map as a Word report: groups and their representative statements (small groups withheld), consensus, group-informed consensus, votes, and the method in plain words */
        get: {
            parameters: {
                query?: {
                    lang?: "vi" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statements with their running agree/disagree/pass counts, optionally of one status */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statements: {
                                agree: number;
                                createdAt: string;
                                disagree: number;
                                isMeta: boolean;
                                pass: number;
                                seed: boolean;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected";
                                text: string;
                                tid: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Seed a statement, approved at once (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description checked against the conversation’s length limit */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            tid: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversations/{id}/statements/{tid}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, reject or mark meta a statement (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    tid: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description meta: shown for votes, left out of the map
                         * @enum {string}
                         */
                        decision: "approve" | "reject" | "meta";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agree: number;
                            createdAt: string;
                            disagree: number;
                            isMeta: boolean;
                            pass: number;
                            seed: boolean;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected";
                            text: string;
                            tid: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demo accounts to sign in with, when the demo is on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: components["schemas"]["DemoAccount"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An evidence file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A forum with its agenda, connection points and attendance */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a forum with everything in it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a forum's settings; a new capacity moves the waiting list up */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        capacity?: number | null;
                        /** Format: date */
                        endsOn?: string;
                        /** @enum {string} */
                        kind?: "in-person" | "online" | "hybrid";
                        /** @default [] */
                        organisers?: string[];
                        slug?: string;
                        /** Format: date */
                        startsOn?: string;
                        /**
                         * Format: uri
                         * @description an http or https address
                         * @default null
                         */
                        streamUrl?: string | null;
                        /** @default [] */
                        themes?: {
                            /** @default null */
                            en?: string | null;
                            key: string;
                            vi: string;
                        }[];
                        title?: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumSummary"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/forums/{id}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A forum’s contributions in agenda order, or those matching ?q= best first */
        get: {
            parameters: {
                query?: {
                    /** @description words to find in title, abstract, speaker, organisation and a DOCX’s text; diacritics and đ/d do not matter */
                    q?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contributions: components["schemas"]["ForumContribution"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a contribution, with its paper (PDF or DOCX, at most 10 MB) if given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        abstract?: string | null;
                        /** @default null */
                        file?: {
                            /**
                             * Format: base64
                             * @description the PDF or DOCX, base64
                             */
                            base64: string;
                            /** @description the file’s name as the person chose it; its extension must agree with its bytes */
                            name: string;
                        } | null;
                        /**
                         * @description sample data (the demo), labelled so wherever shown
                         * @default false
                         */
                        illustrative?: boolean;
                        /** @default null */
                        organisation?: string | null;
                        /**
                         * Format: uuid
                         * @description one of this forum's agenda sessions
                         * @default null
                         */
                        sessionId?: string | null;
                        speaker: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumContribution"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/contributions/{contributionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contribution and its paper */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contributionId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a contribution, replace or remove its paper */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contributionId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        abstract?: string | null;
                        /** @description a new file; null removes the file; left out keeps it */
                        file?: {
                            /**
                             * Format: base64
                             * @description the PDF or DOCX, base64
                             */
                            base64: string;
                            /** @description the file’s name as the person chose it; its extension must agree with its bytes */
                            name: string;
                        } | null;
                        /** @description sample data (the demo), labelled so wherever shown */
                        illustrative?: boolean;
                        organisation?: string | null;
                        /**
                         * Format: uuid
                         * @description one of this forum's agenda sessions
                         */
                        sessionId?: string | null;
                        speaker?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumContribution"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/forums/{id}/contributions/{contributionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contribution’s paper */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contributionId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an agenda item */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an agenda item */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        speakers?: string[];
                        /** Format: date-time */
                        startsAt?: string;
                        /** @default null */
                        theme?: string | null;
                        title?: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumItem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/forums/{id}/minutes.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum's minutes as a Word document: agenda, attendance per point, contributions, polls, questions and answers, recommendations with owners and status (facilitators) */
        get: {
            parameters: {
                query?: {
                    lang?: "vi" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/minutes.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum's minutes as a PDF: agenda, attendance per point, contributions, polls, questions and answers, recommendations with owners and status (facilitators) */
        get: {
            parameters: {
                query?: {
                    lang?: "vi" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a connection point: a province of the map in force on the forum’s first day, or an organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        attendees?: string[];
                        /** @default null */
                        capacity?: number | null;
                        /** @default null */
                        expected?: number | null;
                        /** @enum {string} */
                        kind: "locality" | "organisation";
                        /**
                         * @description "vn63:46" (forums before 1 July 2025) or "vn34:46"
                         * @default null
                         */
                        localityId?: string | null;
                        /** @default false */
                        mainHall?: boolean;
                        /** @default null */
                        organisation?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumPoint"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/points/{pointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A connection point with its registrations and check-ins (facilitators, its moderators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    pointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attendees: string[];
                            capacity: number | null;
                            checkedIn: number;
                            expected: number | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "locality" | "organisation";
                            localityId: string | null;
                            mainHall: boolean;
                            moderatorIds: string[];
                            name: {
                                en: string;
                                vi: string;
                            };
                            registered: number;
                            registrations: components["schemas"]["ForumRegistration"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a point without registrations */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    pointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a point (main hall, expected attendance, capacity, attendees) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    pointId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attendees?: string[];
                        capacity?: number | null;
                        expected?: number | null;
                        mainHall?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumPoint"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/forums/{id}/points/{pointId}/cards.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register `count` seats at a point and answer an A4 sheet of their QR cards (the only place the codes appear) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    pointId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/points/{pointId}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the holder of a registration code in at a point; one checking in their own code (a card needs no sign-in) gets the participant cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    pointId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumRegistration"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/points/{pointId}/moderators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a point's moderators (accounts) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    pointId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumPoint"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/points/{pointId}/questions/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A point's screen: its top 20 approved questions as server-sent events (event "questions") */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    pointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/polls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum's polls with results per point and overall (drafts for facilitators only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            polls: components["schemas"]["ForumPoll"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a poll on an agenda item, as a draft (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        itemId: string;
                        max?: number;
                        /** @enum {string} */
                        method: "approval" | "ranking" | "score";
                        options: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        }[];
                        scale?: number;
                        title: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumPoll"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/polls/{pollId}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cast a ballot in an open poll, once per checked-in participant, counted at their check-in point */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    pollId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve?: unknown;
                        ranking?: unknown;
                        scores?: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            receipt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/polls/{pollId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open or close a poll (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    pollId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        step: "open" | "close";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumPoll"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/polls/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hall screen: the polls (not drafts) with results per point and overall, as server-sent events (event "polls") */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a forum: its page /f/{slug} opens and registration begins */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumSummary"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Questions the caller may see, most upvoted first, one page at a time (`next` → `after`): approved ones, their points' others (moderators), their own (marked) */
        get: {
            parameters: {
                query?: {
                    /** @description the previous page's `next` */
                    after?: string;
                    /** @description questions on the page, 1 to 200 (50 when left out); checked by the service so that a bad one gets its own sentence */
                    limit?: string;
                    pointId?: string;
                    /** @description only questions of this status (the waiting ones, in rank order, are the oldest first) */
                    status?: "waiting" | "approved" | "rejected" | "merged";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description pass as `after` for the next page; null on the last page */
                            next: string | null;
                            questions: {
                                anonymous: boolean;
                                answer: {
                                    at: string;
                                    by: string | null;
                                    text: string;
                                } | null;
                                /** @description null when anonymous or the card has no name */
                                author: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                itemId: string;
                                /** Format: uuid */
                                mergedInto: string | null;
                                /** @description the caller asked it (so they see it while it waits) */
                                mine: boolean;
                                /** Format: uuid */
                                pointId: string;
                                /** @enum {string} */
                                status: "waiting" | "approved" | "rejected" | "merged";
                                text: string;
                                upvotes: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask a question about an agenda item (checked-in participants); it waits for moderation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        anonymous?: boolean;
                        /** Format: uuid */
                        itemId: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anonymous: boolean;
                            answer: {
                                at: string;
                                by: string | null;
                                text: string;
                            } | null;
                            /** @description null when anonymous or the card has no name */
                            author: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            itemId: string;
                            /** Format: uuid */
                            mergedInto: string | null;
                            /** @description the caller asked it (so they see it while it waits) */
                            mine: boolean;
                            /** Format: uuid */
                            pointId: string;
                            /** @enum {string} */
                            status: "waiting" | "approved" | "rejected" | "merged";
                            text: string;
                            upvotes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/questions/{questionId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an approved question and mark it answered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the speaker's name; the signed-in account when left out */
                        answeredBy?: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anonymous: boolean;
                            answer: {
                                at: string;
                                by: string | null;
                                text: string;
                            } | null;
                            /** @description null when anonymous or the card has no name */
                            author: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            itemId: string;
                            /** Format: uuid */
                            mergedInto: string | null;
                            /** @description the caller asked it (so they see it while it waits) */
                            mine: boolean;
                            /** Format: uuid */
                            pointId: string;
                            /** @enum {string} */
                            status: "waiting" | "approved" | "rejected" | "merged";
                            text: string;
                            upvotes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/questions/{questionId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate into another question; its upvoters count once on the other */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        into: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anonymous: boolean;
                            answer: {
                                at: string;
                                by: string | null;
                                text: string;
                            } | null;
                            /** @description null when anonymous or the card has no name */
                            author: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            itemId: string;
                            /** Format: uuid */
                            mergedInto: string | null;
                            /** @description the caller asked it (so they see it while it waits) */
                            mine: boolean;
                            /** Format: uuid */
                            pointId: string;
                            /** @enum {string} */
                            status: "waiting" | "approved" | "rejected" | "merged";
                            text: string;
                            upvotes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/questions/{questionId}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject a question */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "approved" | "rejected";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anonymous: boolean;
                            answer: {
                                at: string;
                                by: string | null;
                                text: string;
                            } | null;
                            /** @description null when anonymous or the card has no name */
                            author: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            itemId: string;
                            /** Format: uuid */
                            mergedInto: string | null;
                            /** @description the caller asked it (so they see it while it waits) */
                            mine: boolean;
                            /** Format: uuid */
                            pointId: string;
                            /** @enum {string} */
                            status: "waiting" | "approved" | "rejected" | "merged";
                            text: string;
                            upvotes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/questions/{questionId}/upvotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upvote an approved question, once per participant */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    questionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anonymous: boolean;
                            answer: {
                                at: string;
                                by: string | null;
                                text: string;
                            } | null;
                            /** @description null when anonymous or the card has no name */
                            author: string | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            itemId: string;
                            /** Format: uuid */
                            mergedInto: string | null;
                            /** @description the caller asked it (so they see it while it waits) */
                            mine: boolean;
                            /** Format: uuid */
                            pointId: string;
                            /** @enum {string} */
                            status: "waiting" | "approved" | "rejected" | "merged";
                            text: string;
                            upvotes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/questions/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hall screen: the top 20 approved questions of every point as server-sent events (event "questions") */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum's recommendations with their follow-up from the plan (proposed and declined ones for facilitators and point moderators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the agencies named in the space's plans, for the owner */
                            agencies: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    vi: string;
                                };
                            }[];
                            permissions: {
                                /** @description points the caller may capture for */
                                capture: string[];
                                captureWithoutPoint: boolean;
                                decide: boolean;
                            };
                            recommendations: components["schemas"]["ForumRecommendation"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Capture a recommendation (facilitators; point moderators for their point) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the agency that owns the follow-up, as it should read */
                        owner: string;
                        /**
                         * Format: uuid
                         * @description one of the agencies named in the space's plans, when the owner is one
                         * @default null
                         */
                        ownerOrganisationId?: string | null;
                        /**
                         * Format: uuid
                         * @description the proposing point; a point moderator names one of theirs
                         * @default null
                         */
                        pointId?: string | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        reviewOn?: string | null;
                        /**
                         * @description a contribution, question or poll of this forum
                         * @default null
                         */
                        source?: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "contribution" | "question" | "poll";
                        } | null;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumRecommendation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/recommendations/{recommendationId}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn an accepted recommendation into an action of one of the space's plans, in one step (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    recommendationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /**
                         * Format: date
                         * @description the recommendation's review date when left out
                         */
                        dueOn?: string;
                        /**
                         * Format: uuid
                         * @description the recommendation's owner organisation when left out
                         */
                        leadAgencyId?: string;
                        /** Format: uuid */
                        objectiveId: string;
                        /** Format: uuid */
                        planId: string;
                        /**
                         * Format: date
                         * @description today (Viet Nam) when left out
                         */
                        startsOn?: string;
                        /** @description the recommendation's text when left out */
                        title?: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumRecommendation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/recommendations/{recommendationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or decline a recommendation, with a note (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    recommendationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accepted" | "declined";
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumRecommendation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forum's registrations in order of arrival (facilitators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registrations: components["schemas"]["ForumRegistration"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register: a seat while there is room, else the waiting list; the code is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        pointId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkedInAt: string | null;
                            /** Format: uuid */
                            checkedInPointId: string | null;
                            /** @description shown once; only its hash is kept */
                            code: string;
                            /** Format: uuid */
                            id: string;
                            name: string | null;
                            /** Format: uuid */
                            pointId: string | null;
                            /** @enum {string} */
                            status: "registered" | "waiting" | "cancelled";
                            waitingRank: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/registrations/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a registration (one’s own, or any as a facilitator); the waiting list moves up */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    registrationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/registrations/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own registration, with their place on the waiting list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            registration: components["schemas"]["ForumRegistration"] | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a session to the agenda */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        endsAt: string;
                        /** Format: date-time */
                        startsAt: string;
                        title: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumSession"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a session and its items */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a session */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        endsAt?: string;
                        /** Format: date-time */
                        startsAt?: string;
                        title?: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumSession"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/forums/{id}/sessions/{sessionId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an item to a session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        speakers?: string[];
                        /** Format: date-time */
                        startsAt: string;
                        /** @default null */
                        theme?: string | null;
                        title: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumItem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/sessions/{sessionId}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session's speaking queue in order of asking, with its times (facilitators and point moderators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            speakers: components["schemas"]["ForumSpeaker"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Queue someone from the floor or a point (facilitators; point moderators for their points) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        pointId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumSpeaker"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/sessions/{sessionId}/queue/{entryId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a speaker started or done, or remove an entry (facilitators; point moderators remove their points’ entries) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: string;
                    id: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        step: "start" | "done" | "remove";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumSpeaker"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/sessions/{sessionId}/queue/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session’s speaking queue as server-sent events (event "queue"; facilitators and point moderators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/sessions/{sessionId}/queue/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to speak in a session (checked-in participants), from one’s check-in point */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumSpeaker"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/{id}/sessions/{sessionId}/queue/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call the next one waiting (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sessionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumSpeaker"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/forums/moderated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The connection points the caller moderates, in published forums */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            points: components["schemas"]["ModeratedPoint"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The indices the platform knows and the editions imported, with their source files */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Editions"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{index}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scores of one edition, best first: as published for the 63, or re-aggregated onto the 34 (unit=34) with the method and constituents */
        get: {
            parameters: {
                query?: {
                    unit?: "34" | "63";
                };
                header?: never;
                path: {
                    index: "PCI" | "PAPI" | "PGI" | "pci" | "papi" | "pgi";
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Edition"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/area-mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mapping of index figures to the eight priority areas in force, whether it is the default, and who changed it last */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AreaMapping"];
                    };
                };
            };
        };
        /** Replace the mapping (administrators): known areas and figures only, none twice in an area; audited */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description priority area key → the figures linked to it ({ index, key }); an area left out has no figure */
                        mapping: {
                            [key: string]: {
                                /** @description PCI, PAPI, PGI, or GSO for an official statistics dataset */
                                index: string;
                                key: string;
                                /**
                                 * @description statistics only: which side of the figure means more need (default: the dataset’s direction)
                                 * @enum {string}
                                 */
                                need?: "higher" | "lower";
                                /** @description share in the area’s mean (default 1), above 0 */
                                weight?: number;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AreaMapping"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/area-mapping/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the built-in default mapping back in force (administrators); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AreaMapping"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an official PCI workbook (.xlsx) or a PAPI workbook/CSV, sent as the raw body; all-or-nothing, idempotent */
        post: {
            parameters: {
                query: {
                    index?: "PCI" | "PAPI" | "PGI" | "pci" | "papi" | "pgi";
                    /** @description the file name, e.g. PCI_2016.xlsx: its extension says how to read the bytes */
                    name: string;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/octet-stream": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndexImportReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Official statistics datasets held (GSO tables), each with its years */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatisticDatasets"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/statistics/{key}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dataset’s figures for a year, best first by its direction; unit=34 sums a count onto the 34 (a rate is refused: it needs denominators) */
        get: {
            parameters: {
                query?: {
                    unit?: "34" | "63";
                };
                header?: never;
                path: {
                    key: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatisticValues"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/statistics/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a GSO PX-Web CSV export as downloaded, or the statistics template (CSV or .xlsx), sent as the raw body; each measure becomes a dataset; all-or-nothing, idempotent */
        post: {
            parameters: {
                query: {
                    /** @description the file name as downloaded, e.g. "Poverty rate by province.csv" */
                    name: string;
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
                        "application/json": components["schemas"]["StatisticsImportReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/statistics/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plain template for official statistics (csv): dataset key, province code, year, value, preliminary mark; every province listed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/statistics/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plain template for official statistics (xlsx): dataset key, province code, year, value, preliminary mark; every province listed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/localities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The province-level units in force on a date (default today): the 63 until 30 June 2025, the 34 since */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocalityUnits"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/localities/{code}/priority-evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence score (need, 0–100) of each of the eight priority areas for a province, from the latest editions up to a year */
        get: {
            parameters: {
                query?: {
                    unit?: "34" | "63";
                    year?: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriorityEvidence"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/localities/{code}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A province on every index and year: rank and percentile in the country and its region, medians, gaps, weakest dimensions, trend */
        get: {
            parameters: {
                query?: {
                    unit?: "34" | "63";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Profile"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/localities/{code}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The official statistics held for a province: each dataset with its source, breaks, figures by year cut at the breaks, and latest figure */
        get: {
            parameters: {
                query?: {
                    unit?: "34" | "63";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProvinceStatistics"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/localities/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Province boundaries (GeoJSON) of the 63 or the 34, from the folder DOITHOAI_BOUNDARIES names; 404 when none is configured */
        get: {
            parameters: {
                query?: {
                    unit?: "34" | "63";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Boundaries"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/localities/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provinces side by side on one index: each one's score and rank every year, and the dimensions of one edition (default the latest) */
        get: {
            parameters: {
                query: {
                    codes: string;
                    index: "PCI" | "PAPI" | "PGI" | "pci" | "papi" | "pgi";
                    unit?: "34" | "63";
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Comparison"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's account and roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisations: {
                                id: string;
                                /** @enum {string} */
                                kind: "government" | "department" | "commune" | "association" | "business" | "partner" | "civil-society" | "other";
                                name: {
                                    en: string;
                                    vi: string;
                                };
                                slug: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an organisation */
        post: {
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
                        kind: "government" | "department" | "commune" | "association" | "business" | "partner" | "civil-society" | "other";
                        name: {
                            en: string;
                            vi: string;
                        };
                        slug: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "government" | "department" | "commune" | "association" | "business" | "partner" | "civil-society" | "other";
                            name: {
                                en: string;
                                vi: string;
                            };
                            slug: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan as a tree with progress, expected progress and status as of today (Vietnam) */
        get: {
            parameters: {
                query?: {
                    today?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a plan with everything in it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a plan's settings */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 10 */
                        graceDays?: number;
                        /** @default false */
                        public?: boolean;
                        /** @enum {string} */
                        reportingPeriod?: "monthly" | "quarterly";
                        summary?: {
                            en: string;
                            vi: string;
                        };
                        title?: {
                            en: string;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanSummary"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action (with coordinators and KPIs) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        budgetPlanned?: number | null;
                        /** @default null */
                        budgetSource?: string | null;
                        /** @default null */
                        budgetSpent?: number | null;
                        code: string;
                        /** @default [] */
                        coordinatorIds?: string[];
                        /** Format: date */
                        dueOn: string;
                        /** @default [] */
                        kpis?: {
                            baseline: number;
                            /** @enum {string} */
                            direction: "increase" | "decrease";
                            /** @default null */
                            indicator?: {
                                /** @enum {string} */
                                index: "PCI" | "PAPI" | "PGI";
                                key: string;
                            } | null;
                            key: string;
                            target: number;
                            title: {
                                en: string;
                                vi: string;
                            };
                            unit: string;
                        }[];
                        /** Format: uuid */
                        leadAgencyId: string;
                        /** Format: uuid */
                        objectiveId: string;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        priorityArea?: "economy" | "environment" | "education" | "health" | "transport-urban" | "social-protection" | "agriculture" | "admin-reform" | null;
                        /** @default [] */
                        recommendations?: {
                            /** Format: uuid */
                            consultationId: string;
                            optionKey: string;
                        }[];
                        /** Format: date */
                        startsOn: string;
                        title: {
                            en: string;
                            vi: string;
                        };
                        /** @default null */
                        weight?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanAction"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actions (sheet=actions) or progress (sheet=progress) as CSV */
        get: {
            parameters: {
                query?: {
                    sheet?: "actions" | "progress";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Actions and progress as an Excel workbook (sheets "Nhiệm vụ" and "Tiến độ"), ready to edit and import again */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import actions and/or progress (raw body; format=xlsx|csv, sheet for CSV). All-or-nothing; every bad row listed in "problems" */
        post: {
            parameters: {
                query: {
                    format: "xlsx" | "csv";
                    name?: string;
                    sheet?: "actions" | "progress";
                };
                header?: never;
                path: {
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
                        "application/json": components["schemas"]["PlanImportOutcome"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an objective */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        priorityArea?: "economy" | "environment" | "education" | "health" | "transport-urban" | "social-protection" | "agriculture" | "admin-reform" | null;
                        title: {
                            en: string;
                            vi: string;
                        };
                        /** @default null */
                        weight?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanObjective"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/objectives/{objectiveId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an objective and its actions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    objectiveId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an objective */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    objectiveId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        priorityArea?: "economy" | "environment" | "education" | "health" | "transport-urban" | "social-protection" | "agriculture" | "admin-reform" | null;
                        title?: {
                            en: string;
                            vi: string;
                        };
                        /** @default null */
                        weight?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanObjective"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is overdue or due for report, per lead agency, as of today (Vietnam) */
        get: {
            parameters: {
                query?: {
                    agency?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencies: {
                                id: string;
                                items: components["schemas"]["PlanReminder"][];
                                name: {
                                    en: string;
                                    vi: string;
                                };
                            }[];
                            today: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/reminders/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send today's reminders by e-mail to each agency's people in the space (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencies: number;
                            sent: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agency scorecards per reporting period (on-time reporting, actions on track, KPI attainment, overdue) */
        get: {
            parameters: {
                query?: {
                    agency?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            periods: string[];
                            scorecards: components["schemas"]["PlanScorecard"][];
                            today: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/priority-exercises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A priority exercise: alternatives, criteria, scenarios, what the caller may do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriorityExercise"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the title, province, year or linked consultation */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        consultationId?: string | null;
                        localityCode?: string;
                        title?: {
                            en: string;
                            vi: string;
                        };
                        year?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriorityExercise"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/priority-exercises/{id}/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the criteria (3–10); AHP answers that no longer fit are removed */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        criteria: {
                            /** @enum {string} */
                            direction: "benefit" | "cost";
                            group?: string | null;
                            key: string;
                            /** @enum {string} */
                            kind: "evidence-gap" | "stakeholder-support" | "custom";
                            title: {
                                en: string;
                                vi: string;
                            };
                            values?: {
                                [key: string]: number;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriorityExercise"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/priority-exercises/{id}/judgments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The AHP questionnaire: the caller's answer, each official's weights and CR, the combined weights */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriorityJudgments"];
                    };
                };
            };
        };
        /** The caller's own pairwise comparison of the criteria (every pair once, 1/9–9) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        judgments: {
                            [key: string]: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriorityJudgments"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/priority-exercises/{id}/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The performance table, with where each column comes from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriorityMatrix"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/priority-exercises/{id}/report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exercise in Vietnamese as DOCX: method, inputs, weights with CR, results, sensitivity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/priority-exercises/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exercise in Vietnamese as PDF: method, inputs, weights with CR, results, sensitivity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/priority-exercises/{id}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exercise in Vietnamese as XLSX: method, inputs, weights with CR, results, sensitivity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/priority-exercises/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rankings per scenario with explanations, sensitivity and rank acceptability; 409 when something is missing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriorityResults"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/priority-exercises/{id}/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the weighting scenarios (1–6) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scenarios: {
                            key: string;
                            /** @enum {string} */
                            method: "topsis" | "weighted-sum";
                            title: {
                                en: string;
                                vi: string;
                            };
                            weights: "ahp" | {
                                [key: string]: number;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriorityExercise"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an evidence file (raw body; PDF, JPEG, PNG, DOCX or XLSX by content; at most 5 MB) */
        post: {
            parameters: {
                query: {
                    name: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanEvidence"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Spaces the caller can see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            spaces: components["schemas"]["SpaceSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a space */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: {
                            en: string;
                            vi: string;
                        };
                        /** @default false */
                        illustrative?: boolean;
                        /** @enum {string} */
                        kind: "priority-setting" | "cluster-conference" | "forum" | "linkage" | "monitoring" | "devolution";
                        locality?: {
                            code: string;
                            name: string;
                        } | null;
                        /** @default [] */
                        phases?: {
                            /** Format: date */
                            endsOn?: string | null;
                            key: string;
                            /** Format: date */
                            startsOn?: string | null;
                            title: {
                                en: string;
                                vi: string;
                            };
                        }[];
                        slug: string;
                        summary: {
                            en: string;
                            vi: string;
                        };
                        title: {
                            en: string;
                            vi: string;
                        };
                        /**
                         * @default private
                         * @enum {string}
                         */
                        visibility?: "public" | "private";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One space with its phases and what the caller may do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            permissions: components["schemas"]["SpacePermissions"];
                            space: components["schemas"]["SpaceDetail"];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a space (phases given replace all phases) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: {
                            en: string;
                            vi: string;
                        };
                        /** @default false */
                        illustrative?: boolean;
                        locality?: {
                            code: string;
                            name: string;
                        } | null;
                        /** @default [] */
                        phases?: {
                            /** Format: date */
                            endsOn?: string | null;
                            key: string;
                            /** Format: date */
                            startsOn?: string | null;
                            title: {
                                en: string;
                                vi: string;
                            };
                        }[];
                        summary?: {
                            en: string;
                            vi: string;
                        };
                        title?: {
                            en: string;
                            vi: string;
                        };
                        /**
                         * @default private
                         * @enum {string}
                         */
                        visibility?: "public" | "private";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/spaces/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The space's audit trail, newest first */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: components["schemas"]["AuditEntry"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The space's consultations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            consultations: components["schemas"]["ConsultationSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The space’s conversations (opinion mapping), optionally those of one forum */
        get: {
            parameters: {
                query?: {
                    forumId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conversations: {
                                createdAt: string;
                                /** Format: uuid */
                                forumId: string | null;
                                /** Format: uuid */
                                id: string;
                                permissions: {
                                    manage: boolean;
                                    moderate: boolean;
                                };
                                slug: string;
                                /** Format: uuid */
                                spaceId: string;
                                statementMaxLength: number;
                                statementsPerParticipant: number;
                                /** @enum {string} */
                                status: "open" | "closed";
                                title: {
                                    en: string | null;
                                    vi: string;
                                };
                                topic: {
                                    en: string | null;
                                    vi: string;
                                };
                                votesVersion: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a conversation, optionally as a part of one of the space’s forums (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description the forum this conversation is a part of, in the same space
                         * @default null
                         */
                        forumId?: string | null;
                        /** @description the public pages’ address */
                        slug: string;
                        /**
                         * @description characters; 140 as Pol.is
                         * @default 140
                         */
                        statementMaxLength?: number;
                        /** @default 5 */
                        statementsPerParticipant?: number;
                        title: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                        /** @description the question put to participants */
                        topic: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            /** Format: uuid */
                            forumId: string | null;
                            /** Format: uuid */
                            id: string;
                            permissions: {
                                manage: boolean;
                                moderate: boolean;
                            };
                            slug: string;
                            /** Format: uuid */
                            spaceId: string;
                            statementMaxLength: number;
                            statementsPerParticipant: number;
                            /** @enum {string} */
                            status: "open" | "closed";
                            title: {
                                en: string | null;
                                vi: string;
                            };
                            topic: {
                                en: string | null;
                                vi: string;
                            };
                            votesVersion: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The devolution space: units (one focal), officials’ units, sectors, levels, kinds of activity, criteria, the caller’s permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            criteria: {
                                en: string;
                                key: string;
                                vi: string;
                            }[];
                            kinds: {
                                en: string;
                                key: string;
                                vi: string;
                            }[];
                            levels: {
                                en: string;
                                key: string;
                                vi: string;
                            }[];
                            officials: {
                                unit: string;
                                userId: string;
                            }[];
                            permissions: {
                                coordinate: boolean;
                                editUnits: string[];
                                signOff: string[];
                            };
                            sectors: {
                                en: string;
                                key: string;
                                vi: string;
                            }[];
                            spaceId: string;
                            units: {
                                focal: boolean;
                                key: string;
                                /** @enum {string} */
                                kind: "department" | "district" | "commune";
                                name: {
                                    en: string | null;
                                    vi: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inventory: every activity with its function, legal basis, level, workload, staff and budget */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activities: {
                                /** @description million đồng a year, at least 0 */
                                budget: number;
                                code: string;
                                editable: boolean;
                                functionCode: string;
                                functionName: string;
                                /** @description regulate, plan, finance, deliver or monitor */
                                kind: string;
                                /** @default  */
                                legalArticle: string;
                                legalDocument: string;
                                /** @description province, district (until 30 June 2025) or commune */
                                level: string;
                                name: string;
                                sector: string;
                                /** @description staff (full-time equivalents), at least 0 */
                                staff: number;
                                unit: string;
                                /** @description cases a year, at least 0 */
                                workload: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an activity (coordinators; a unit’s official for their unit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description million đồng a year, at least 0 */
                        budget: number;
                        code: string;
                        functionCode: string;
                        functionName: string;
                        /** @description regulate, plan, finance, deliver or monitor */
                        kind: string;
                        /** @default  */
                        legalArticle?: string;
                        legalDocument: string;
                        /** @description province, district (until 30 June 2025) or commune */
                        level: string;
                        name: string;
                        sector: string;
                        /** @description staff (full-time equivalents), at least 0 */
                        staff: number;
                        unit: string;
                        /** @description cases a year, at least 0 */
                        workload: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description million đồng a year, at least 0 */
                            budget: number;
                            code: string;
                            editable: boolean;
                            functionCode: string;
                            functionName: string;
                            /** @description regulate, plan, finance, deliver or monitor */
                            kind: string;
                            /** @default  */
                            legalArticle: string;
                            legalDocument: string;
                            /** @description province, district (until 30 June 2025) or commune */
                            level: string;
                            name: string;
                            sector: string;
                            /** @description staff (full-time equivalents), at least 0 */
                            staff: number;
                            unit: string;
                            /** @description cases a year, at least 0 */
                            workload: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/activities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change an activity (coordinators; a unit’s official for their unit, which stays theirs) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description million đồng a year, at least 0 */
                        budget: number;
                        code: string;
                        functionCode: string;
                        functionName: string;
                        /** @description regulate, plan, finance, deliver or monitor */
                        kind: string;
                        /** @default  */
                        legalArticle?: string;
                        legalDocument: string;
                        /** @description province, district (until 30 June 2025) or commune */
                        level: string;
                        name: string;
                        sector: string;
                        /** @description staff (full-time equivalents), at least 0 */
                        staff: number;
                        unit: string;
                        /** @description cases a year, at least 0 */
                        workload: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description million đồng a year, at least 0 */
                            budget: number;
                            code: string;
                            editable: boolean;
                            functionCode: string;
                            functionName: string;
                            /** @description regulate, plan, finance, deliver or monitor */
                            kind: string;
                            /** @default  */
                            legalArticle: string;
                            legalDocument: string;
                            /** @description province, district (until 30 June 2025) or commune */
                            level: string;
                            name: string;
                            sector: string;
                            /** @description staff (full-time equivalents), at least 0 */
                            staff: number;
                            unit: string;
                            /** @description cases a year, at least 0 */
                            workload: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove an activity (coordinators; a unit’s official for their unit) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every scenario and the current assignment compared on the criteria (weighted sum or TOPSIS, with weight sensitivity); weights in the query, 1 each by default */
        get: {
            parameters: {
                query?: {
                    accountability?: number;
                    capacity?: number;
                    method?: "weighted-sum" | "topsis";
                    scale?: number;
                    spillover?: number;
                    subsidiarity?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DevolutionComparison"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/inventory.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inventory as an Excel workbook, one sheet per sector, ready to edit and import again */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Replace the inventory from an Excel workbook (coordinators; raw body). All-or-nothing; every bad row listed in "problems" */
        post: {
            parameters: {
                query?: {
                    /** @description the file name, quoted in messages */
                    name?: string;
                };
                header?: never;
                path: {
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
                            added: number;
                            changed: number;
                            removed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/officials/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Bind an official of the space to the unit they speak for, or unbind (null) (coordinators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unit: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each unit's review: not started, in review, signed off; and the units that have not yet signed off */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description units that have not signed off */
                            notYetReviewed: string[];
                            reviews: {
                                name: {
                                    en: string | null;
                                    vi: string;
                                };
                                notes: number;
                                signedOffAt: string | null;
                                signedOffBy: string | null;
                                /** @enum {string} */
                                status: "not-started" | "in-review" | "signed-off";
                                unit: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/reviews/{unit}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's comments and proposals */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notes: {
                                activityCode: string | null;
                                authorUserId: string | null;
                                createdAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "comment" | "proposal";
                                proposedLevel: string | null;
                                text: string;
                                unit: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Comment on a unit's functions or propose moving one of its activities (coordinators; the unit's official) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        activityCode?: string | null;
                        /** @enum {string} */
                        kind: "comment" | "proposal";
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        proposedLevel?: "province" | "district" | "commune" | null;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activityCode: string | null;
                            authorUserId: string | null;
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "comment" | "proposal";
                            proposedLevel: string | null;
                            text: string;
                            unit: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/reviews/{unit}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign off the unit's review of its functions (the unit's official only); a later change to them reopens it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    unit: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The scenarios */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DevolutionScenarios"];
                    };
                };
            };
        };
        put?: never;
        /** Build a scenario: moves of activities to levels, each with rationale, phase, date, investment and criteria scores (coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD: the day the assignment is for */
                        date: string;
                        /** @description short code, a-z 0-9 - */
                        key: string;
                        moves: {
                            activity: string;
                            /** @description YYYY-MM-DD: the day the move takes effect */
                            date: string;
                            /**
                             * @description one-off investment, million đồng
                             * @default 0
                             */
                            investment?: number;
                            phase: string;
                            /** @default  */
                            rationale?: string;
                            /** @description criterion → −2 (much worse than today) … +2 (much better): subsidiarity, scale, spillover, capacity, accountability */
                            scores?: {
                                [key: string]: number;
                            };
                            /** @description province, district (until 30 June 2025) or commune */
                            to: string;
                        }[];
                        name: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            id: string;
                            illustrativeNote: string | null;
                            key: string;
                            moves: {
                                activity: string;
                                /** @description YYYY-MM-DD: the day the move takes effect */
                                date: string;
                                investment: number;
                                phase: string;
                                rationale: string;
                                /** @description criterion → −2 (much worse than today) … +2 (much better): subsidiarity, scale, spillover, capacity, accountability */
                                scores?: {
                                    [key: string]: number;
                                };
                                /** @description province, district (until 30 June 2025) or commune */
                                to: string;
                            }[];
                            name: {
                                en: string | null;
                                vi: string;
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/scenarios/{scenarioId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scenario with its analysis: per level × sector before and after, capacity check, roadmap by phase, activities stranded at a level gone */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    scenarioId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            analysis: {
                                after: {
                                    activities: number;
                                    budget: number;
                                    functions: number;
                                    level: string;
                                    sector: string;
                                    staff: number;
                                    workload: number;
                                }[];
                                before: {
                                    activities: number;
                                    budget: number;
                                    functions: number;
                                    level: string;
                                    sector: string;
                                    staff: number;
                                    workload: number;
                                }[];
                                capacity: {
                                    after: {
                                        perStaff: number | null;
                                        staff: number;
                                        workload: number;
                                    };
                                    before: {
                                        perStaff: number | null;
                                        staff: number;
                                        workload: number;
                                    };
                                    level: string;
                                    receives: number;
                                }[];
                                investment: number;
                                levels: {
                                    after: {
                                        [key: string]: {
                                            activities: number;
                                            budget: number;
                                            functions: number;
                                            staff: number;
                                            workload: number;
                                        };
                                    };
                                    before: {
                                        [key: string]: {
                                            activities: number;
                                            budget: number;
                                            functions: number;
                                            staff: number;
                                            workload: number;
                                        };
                                    };
                                };
                                roadmap: {
                                    from: string;
                                    investment: number;
                                    moves: {
                                        activity: string;
                                        /** @description YYYY-MM-DD: the day the move takes effect */
                                        date: string;
                                        investment: number;
                                        phase: string;
                                        rationale: string;
                                        /** @description criterion → −2 (much worse than today) … +2 (much better): subsidiarity, scale, spillover, capacity, accountability */
                                        scores?: {
                                            [key: string]: number;
                                        };
                                        /** @description province, district (until 30 June 2025) or commune */
                                        to: string;
                                    }[];
                                    phase: string;
                                    to: string;
                                }[];
                                /** @description activities left at a level that no longer exists on the scenario’s day */
                                stranded: string[];
                            };
                            date: string;
                            id: string;
                            illustrativeNote: string | null;
                            key: string;
                            moves: {
                                activity: string;
                                /** @description YYYY-MM-DD: the day the move takes effect */
                                date: string;
                                investment: number;
                                phase: string;
                                rationale: string;
                                /** @description criterion → −2 (much worse than today) … +2 (much better): subsidiarity, scale, spillover, capacity, accountability */
                                scores?: {
                                    [key: string]: number;
                                };
                                /** @description province, district (until 30 June 2025) or commune */
                                to: string;
                            }[];
                            name: {
                                en: string | null;
                                vi: string;
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        /** Replace a scenario (coordinators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    scenarioId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD: the day the assignment is for */
                        date: string;
                        /** @description short code, a-z 0-9 - */
                        key: string;
                        moves: {
                            activity: string;
                            /** @description YYYY-MM-DD: the day the move takes effect */
                            date: string;
                            /**
                             * @description one-off investment, million đồng
                             * @default 0
                             */
                            investment?: number;
                            phase: string;
                            /** @default  */
                            rationale?: string;
                            /** @description criterion → −2 (much worse than today) … +2 (much better): subsidiarity, scale, spillover, capacity, accountability */
                            scores?: {
                                [key: string]: number;
                            };
                            /** @description province, district (until 30 June 2025) or commune */
                            to: string;
                        }[];
                        name: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            id: string;
                            illustrativeNote: string | null;
                            key: string;
                            moves: {
                                activity: string;
                                /** @description YYYY-MM-DD: the day the move takes effect */
                                date: string;
                                investment: number;
                                phase: string;
                                rationale: string;
                                /** @description criterion → −2 (much worse than today) … +2 (much better): subsidiarity, scale, spillover, capacity, accountability */
                                scores?: {
                                    [key: string]: number;
                                };
                                /** @description province, district (until 30 June 2025) or commune */
                                to: string;
                            }[];
                            name: {
                                en: string | null;
                                vi: string;
                            };
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a scenario (coordinators) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    scenarioId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/scenarios/{scenarioId}/report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scenario as a Word report (Vietnamese, or English with lang=en): inventory summary, moves with rationale, per-level tables, capacity check, roadmap, review status */
        get: {
            parameters: {
                query?: {
                    /** @description the report’s language: vi (default) or en */
                    lang?: "vi" | "en";
                };
                header?: never;
                path: {
                    id: string;
                    scenarioId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/devolution/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the units: departments, districts, communes/wards; at most one focal (coordinators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        units: {
                            /** @default false */
                            focal?: boolean;
                            key: string;
                            /** @enum {string} */
                            kind: "department" | "district" | "commune";
                            name: {
                                /** @default null */
                                en?: string | null;
                                vi: string;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            units: {
                                focal: boolean;
                                key: string;
                                /** @enum {string} */
                                kind: "department" | "district" | "commune";
                                name: {
                                    en: string | null;
                                    vi: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/forums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The space's forums (drafts only for facilitators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            forums: components["schemas"]["ForumSummary"][];
                            permissions: {
                                manage: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a forum, as a draft (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        capacity?: number | null;
                        /** Format: date */
                        endsOn: string;
                        /** @enum {string} */
                        kind: "in-person" | "online" | "hybrid";
                        /** @default [] */
                        organisers?: string[];
                        slug: string;
                        /** Format: date */
                        startsOn: string;
                        /**
                         * Format: uri
                         * @description an http or https address
                         * @default null
                         */
                        streamUrl?: string | null;
                        /** @default [] */
                        themes?: {
                            /** @default null */
                            en?: string | null;
                            key: string;
                            vi: string;
                        }[];
                        title: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ForumSummary"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The region: member localities (with their successor since 1 July 2025), officials' localities, sectors, the caller's permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageRegion"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The region's agreements with their commitments, progress and paper-to-practice (on a day: ?on=) */
        get: {
            parameters: {
                query?: {
                    /** @description the day to read progress on (today, in Viet Nam, when left out) */
                    on?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agreements: components["schemas"]["LinkageAgreement"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record an agreement between member localities (coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        endsOn: string;
                        parties: string[];
                        /**
                         * Format: date
                         * @default null
                         */
                        reviewOn?: string | null;
                        sectors: string[];
                        /** Format: date */
                        startsOn: string;
                        title: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageAgreement"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agreement with its commitments and paper-to-practice */
        get: {
            parameters: {
                query?: {
                    /** @description the day to read progress on (today, in Viet Nam, when left out) */
                    on?: string;
                };
                header?: never;
                path: {
                    agreementId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageAgreement"];
                    };
                };
            };
        };
        /** Change an agreement (coordinators); no commitment may be left outside its parties or period */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        endsOn: string;
                        parties: string[];
                        /**
                         * Format: date
                         * @default null
                         */
                        reviewOn?: string | null;
                        sectors: string[];
                        /** Format: date */
                        startsOn: string;
                        title: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageAgreement"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/agreements/{agreementId}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a commitment under the agreement (coordinators; a party's official for their locality) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description percent of the cost per party (locality id) and 'central'; together at most 100
                         * @default {}
                         */
                        budgetShares?: {
                            [key: string]: number;
                        };
                        /** Format: date */
                        dueOn: string;
                        /** @description vn63:<GSO code> before 1 July 2025, vn34:<GSO code> since */
                        party: string;
                        sector: string;
                        /** Format: date */
                        startsOn: string;
                        what: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageCommitment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/agreements/{agreementId}/commitments/{commitmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a commitment (coordinators; the party's official, and it stays theirs) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    commitmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description percent of the cost per party (locality id) and 'central'; together at most 100
                         * @default {}
                         */
                        budgetShares?: {
                            [key: string]: number;
                        };
                        /** Format: date */
                        dueOn: string;
                        /** @description vn63:<GSO code> before 1 July 2025, vn34:<GSO code> since */
                        party: string;
                        sector: string;
                        /** Format: date */
                        startsOn: string;
                        what: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageCommitment"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a commitment with its reports (coordinators; the party's official) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    commitmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/agreements/{agreementId}/commitments/{commitmentId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a quarter's progress on a commitment (coordinators; the party's official); a second report for the quarter replaces the first */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    commitmentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        percent: number;
                        /** @description a quarter, e.g. 2025-Q1 */
                        period: string;
                        /** @default  */
                        statusNote?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageCommitment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/agreements/{agreementId}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the signed agreement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Attach the signed agreement, PDF or DOCX up to 10 MB (coordinators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: base64
                         * @description the signed agreement, PDF or DOCX
                         */
                        base64: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageAgreement"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/agreements/{agreementId}/practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement's paper-to-practice at the end of each of its quarters up to today */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agreementId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkagePracticeOverTime"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/agreements/{agreementId}/report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement's follow-through as a Word report for the region's council: parties and their 2025 successors, commitments with budget shares, latest progress and red/amber/green, paper to practice per province and per quarter, related regional projects */
        get: {
            parameters: {
                query?: {
                    lang?: "vi" | "en";
                    /** @description the day to read progress on (today, in Viet Nam, when left out) */
                    on?: string;
                };
                header?: never;
                path: {
                    agreementId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The region's offers and needs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            intents: components["schemas"]["LinkageIntent"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record an offer or a need (coordinators; an official for their locality) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        direction: "offer" | "need";
                        /**
                         * Format: date
                         * @default null
                         */
                        endsOn?: string | null;
                        /**
                         * @description the index figure the offer or need rests on
                         * @default null
                         */
                        evidence?: {
                            /** @enum {string} */
                            index: "PCI" | "PAPI" | "PGI";
                            /** @description 'score' or a sub-index key, e.g. labour-training */
                            indicator: string;
                            /** @default null */
                            year?: number | null;
                        } | null;
                        /** @enum {string} */
                        kind: "capacity" | "facility" | "expertise" | "market" | "land" | "budget";
                        /** @description vn63:<GSO code> before 1 July 2025, vn34:<GSO code> since */
                        localityId: string;
                        sector: string;
                        /** @description 1 small … 5 very large */
                        size: number;
                        /**
                         * Format: date
                         * @default null
                         */
                        startsOn?: string | null;
                        text: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageIntent"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/intents/{intentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change an offer or a need (coordinators; an official for their locality, which stays theirs) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    intentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        direction: "offer" | "need";
                        /**
                         * Format: date
                         * @default null
                         */
                        endsOn?: string | null;
                        /**
                         * @description the index figure the offer or need rests on
                         * @default null
                         */
                        evidence?: {
                            /** @enum {string} */
                            index: "PCI" | "PAPI" | "PGI";
                            /** @description 'score' or a sub-index key, e.g. labour-training */
                            indicator: string;
                            /** @default null */
                            year?: number | null;
                        } | null;
                        /** @enum {string} */
                        kind: "capacity" | "facility" | "expertise" | "market" | "land" | "budget";
                        /** @description vn63:<GSO code> before 1 July 2025, vn34:<GSO code> since */
                        localityId: string;
                        sector: string;
                        /** @description 1 small … 5 very large */
                        size: number;
                        /**
                         * Format: date
                         * @default null
                         */
                        startsOn?: string | null;
                        text: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageIntent"];
                    };
                };
            };
        };
        post?: never;
        /** Remove an offer or a need (coordinators; an official for their locality) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    intentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/intents/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The region's offers and needs as an Excel sheet, ready to edit and import again */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/intents/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import offers and needs from an .xlsx sheet (raw body). All-or-nothing; every bad row listed in "problems"; rows equal to what is stored change nothing (coordinators; an official for their locality) */
        post: {
            parameters: {
                query?: {
                    /** @description the file's name, used in messages */
                    name?: string;
                };
                header?: never;
                path: {
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
                        "application/json": components["schemas"]["LinkageIntentImport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FileError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/intents/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An empty offers-and-needs sheet to fill in, with a guide to the codes it accepts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/officials/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Bind an official of the space to the member locality they speak for, or unbind (null) (coordinators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description vn63:<GSO code> before 1 July 2025, vn34:<GSO code> since */
                        localityId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/practice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** From paper to practice per province in force today: commitments of pre-2025 parties counted under their successor */
        get: {
            parameters: {
                query?: {
                    /** @description the day to read progress on (today, in Viet Nam, when left out) */
                    on?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageProvincePractice"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The region's projects spanning several localities: cost shares, central budget requested and granted, status, steering body */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            projects: components["schemas"]["LinkageProject"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a regional project (coordinators): at least two member localities, shares and central budget requested ≤ 100 %, granted ≤ requested */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description the agreement the project carries out, if any
                         * @default null
                         */
                        agreementId?: string | null;
                        /**
                         * @description percent granted (at most what was requested); null while undecided
                         * @default null
                         */
                        centralGranted?: number | null;
                        /**
                         * @description percent of the total cost requested from the central budget; with the localities’ shares at most 100
                         * @default 0
                         */
                        centralRequested?: number;
                        /**
                         * @description percent of the total cost each of its localities bears
                         * @default {}
                         */
                        costShares?: {
                            [key: string]: number;
                        };
                        /** @description member localities of the region the project spans (at least two) */
                        localities: string[];
                        name: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                        sector: string;
                        /** @enum {string} */
                        status: "proposed" | "approved" | "under-way" | "done" | "stalled";
                        /** @description the steering party: the region's coordinating body */
                        steering: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                        /** @description billion đồng */
                        totalCost: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageProject"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One regional project */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageProject"];
                    };
                };
            };
        };
        /** Change a regional project (coordinators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description the agreement the project carries out, if any
                         * @default null
                         */
                        agreementId?: string | null;
                        /**
                         * @description percent granted (at most what was requested); null while undecided
                         * @default null
                         */
                        centralGranted?: number | null;
                        /**
                         * @description percent of the total cost requested from the central budget; with the localities’ shares at most 100
                         * @default 0
                         */
                        centralRequested?: number;
                        /**
                         * @description percent of the total cost each of its localities bears
                         * @default {}
                         */
                        costShares?: {
                            [key: string]: number;
                        };
                        /** @description member localities of the region the project spans (at least two) */
                        localities: string[];
                        name: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                        sector: string;
                        /** @enum {string} */
                        status: "proposed" | "approved" | "under-way" | "done" | "stalled";
                        /** @description the steering party: the region's coordinating body */
                        steering: {
                            /** @default null */
                            en?: string | null;
                            vi: string;
                        };
                        /** @description billion đồng */
                        totalCost: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageProject"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a regional project (coordinators) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/projects/{projectId}/cost-shares/{localityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set one locality's share of the project's cost (coordinators; that locality's official) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    localityId: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the locality's share of the total cost */
                        percent: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageProject"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/region": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the region's member localities (coordinators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        localities: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            localities: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/linkage/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suggested exchanges across the region from its offers and needs: the best disjoint pairs (and 3-cycles), each explained in words with its score's formula */
        get: {
            parameters: {
                query?: {
                    /** @description 2: pairs only; 3: pairs and three-way cycles */
                    maxCycle?: "2" | "3";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LinkageSuggestions"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People with a role in the space */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            members: components["schemas"]["Member"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give a person a role in the space (replaces the person's earlier role) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "facilitator" | "official" | "delegate" | "observer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        /** Remove a person from the space */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The space's action plans */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            permissions: {
                                manage: boolean;
                            };
                            plans: components["schemas"]["PlanSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a plan (facilitators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 10 */
                        graceDays?: number;
                        /** @default false */
                        public?: boolean;
                        /** @enum {string} */
                        reportingPeriod: "monthly" | "quarterly";
                        summary: {
                            en: string;
                            vi: string;
                        };
                        title: {
                            en: string;
                            vi: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanSummary"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/spaces/{id}/priority-exercises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The space's priority exercises */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exercises: components["schemas"]["PriorityExerciseSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a priority exercise: the eight areas, default criteria and scenarios */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alternatives?: {
                            key: string;
                            title: {
                                en: string;
                                vi: string;
                            };
                        }[];
                        /** Format: uuid */
                        consultationId?: string | null;
                        localityCode: string;
                        title: {
                            en: string;
                            vi: string;
                        };
                        year?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own API tokens (never their secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                name: string;
                                /** Format: date-time */
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a personal API token (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 90 */
                        expiresInDays?: number;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            expiresAt: string;
                            id: string;
                            name: string;
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your own API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                active: boolean;
                                displayName: string;
                                email: string;
                                id: string;
                                organisationId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** Format: email */
                        email: string;
                        /** Format: uuid */
                        organisationId?: string | null;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            displayName: string;
                            email: string;
                            id: string;
                            organisationId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/platform-role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or clear a platform-wide role */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        role: "administrator" | "facilitator" | "official" | "delegate" | "observer" | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AreaMapping: {
            areas: {
                en: string;
                key: string;
                vi: string;
            }[];
            changedAt: string | null;
            changedBy: string | null;
            /** @description every figure a mapping may name: PCI sub-indices, PAPI dimensions and sub-dimensions, PGI sub-indices, GSO statistics datasets */
            figures: components["schemas"]["MappableFigure"][];
            /** @description true while the built-in default is in force (never changed, or reset) */
            isDefault: boolean;
            /** @description priority area key → the figures linked to it, all eight areas */
            mapping: {
                [key: string]: components["schemas"]["MappingLink"][];
            };
            /** @description 0 before any change; one more with every change */
            version: number;
        };
        AreaMappingInput: {
            areas: {
                en: string;
                key: string;
                vi: string;
            }[];
            changedAt: string | null;
            changedBy: string | null;
            /** @description every figure a mapping may name: PCI sub-indices, PAPI dimensions and sub-dimensions, PGI sub-indices, GSO statistics datasets */
            figures: components["schemas"]["MappableFigureInput"][];
            /** @description true while the built-in default is in force (never changed, or reset) */
            isDefault: boolean;
            /** @description priority area key → the figures linked to it, all eight areas */
            mapping: {
                [key: string]: components["schemas"]["MappingLinkInput"][];
            };
            /** @description 0 before any change; one more with every change */
            version: number;
        };
        AuditEntry: {
            action: string;
            actorLabel: string;
            actorUserId: string | null;
            after: unknown;
            /** Format: date-time */
            at: string;
            before: unknown;
            entityId: string;
            entityType: string;
            id: number;
            spaceId: string | null;
        };
        AuditEntryInput: {
            action: string;
            actorLabel: string;
            actorUserId: string | null;
            after: unknown;
            at: unknown;
            before: unknown;
            entityId: string;
            entityType: string;
            id: number;
            spaceId: string | null;
        };
        BallotSpec: {
            max?: number;
            min?: number;
            points?: number;
            scale?: number | {
                max: number;
                min: number;
            };
            /** @enum {string} */
            type: "approval" | "ranking" | "score" | "pairwise" | "budget";
        };
        BallotSpecInput: {
            max?: number;
            min?: number;
            points?: number;
            scale?: number | {
                max: number;
                min: number;
            };
            /** @enum {string} */
            type: "approval" | "ranking" | "score" | "pairwise" | "budget";
        };
        /** @description A GeoJSON FeatureCollection (WGS84) with, besides, the unit set, the property holding the GSO code and the credit to show */
        Boundaries: {
            attribution: {
                en: string;
                vi: string;
            };
            codeProperty: string;
            features: ({
                /** @enum {string} */
                type: "Feature";
            } & {
                [key: string]: unknown;
            })[];
            /** @enum {string} */
            type: "FeatureCollection";
            unit: 63 | 34;
        } & {
            [key: string]: unknown;
        };
        /** @description A GeoJSON FeatureCollection (WGS84) with, besides, the unit set, the property holding the GSO code and the credit to show */
        BoundariesInput: {
            attribution: {
                en: string;
                vi: string;
            };
            codeProperty: string;
            features: ({
                /** @enum {string} */
                type: "Feature";
            } & {
                [key: string]: unknown;
            })[];
            /** @enum {string} */
            type: "FeatureCollection";
            unit: 63 | 34;
        } & {
            [key: string]: unknown;
        };
        Comparison: {
            dimensions: components["schemas"]["IndexFigureLabel"][];
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI";
            localities: {
                dimensions: {
                    [key: string]: {
                        percentile: number;
                        rank: number;
                        value: number;
                    };
                } | null;
                locality: components["schemas"]["LocalityDetail"];
                series: {
                    percentile: number | null;
                    rank: number | null;
                    score: number | null;
                    year: number;
                }[];
            }[];
            unit: 63 | 34;
            /** @description the edition whose dimensions are compared */
            year: number | null;
        };
        ComparisonInput: {
            dimensions: components["schemas"]["IndexFigureLabelInput"][];
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI";
            localities: {
                dimensions: {
                    [key: string]: {
                        percentile: number;
                        rank: number;
                        value: number;
                    };
                } | null;
                locality: components["schemas"]["LocalityDetailInput"];
                series: {
                    percentile: number | null;
                    rank: number | null;
                    score: number | null;
                    year: number;
                }[];
            }[];
            unit: 63 | 34;
            /** @description the edition whose dimensions are compared */
            year: number | null;
        };
        Consultation: {
            /** @enum {string} */
            access: "invite" | "open";
            ballot: components["schemas"]["BallotSpec"];
            ballots: number;
            clusters: {
                key: string;
                title: {
                    en: string;
                    vi: string;
                };
            }[];
            duplicateVerifications?: number;
            groups: {
                key: string;
                title: {
                    en: string;
                    vi: string;
                };
                weight?: number;
            }[];
            id: string;
            illustrative: boolean;
            minGroupSize: number;
            options: {
                key: string;
                title: {
                    en: string;
                    vi: string;
                };
            }[];
            permissions: {
                enterPaper: boolean;
                manage: boolean;
            };
            spaceId: string | null;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
            title: {
                en: string;
                vi: string;
            };
        };
        ConsultationInput: {
            /** @enum {string} */
            access: "invite" | "open";
            ballot: components["schemas"]["BallotSpecInput"];
            ballots: number;
            clusters: {
                key: string;
                title: {
                    en: string;
                    vi: string;
                };
            }[];
            duplicateVerifications?: number;
            groups: {
                key: string;
                title: {
                    en: string;
                    vi: string;
                };
                weight?: number;
            }[];
            id: string;
            illustrative: boolean;
            minGroupSize: number;
            options: {
                key: string;
                title: {
                    en: string;
                    vi: string;
                };
            }[];
            permissions: {
                enterPaper: boolean;
                manage: boolean;
            };
            spaceId: string | null;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
            title: {
                en: string;
                vi: string;
            };
        };
        ConsultationResults: {
            alternatives: string[];
            byCluster?: {
                [key: string]: components["schemas"]["Withheld"] | components["schemas"]["TallyResult"];
            };
            byGroup?: {
                [key: string]: components["schemas"]["Withheld"] | components["schemas"]["TallyResult"];
            };
            candidates: string[];
            comparisons?: number;
            method: string;
            pairwise?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            quota?: number;
            ranking: string[][];
            rounds?: {
                elected: string[];
                eliminated: string[];
                exhausted?: number;
                tally: {
                    [key: string]: number;
                };
                transfer?: {
                    exhausted: number;
                    factor?: number;
                    from: string;
                    /** @enum {string} */
                    reason: "surplus" | "elimination";
                    to: {
                        [key: string]: number;
                    };
                };
            }[];
            score?: number;
            scores?: {
                [key: string]: number;
            };
            seats?: number;
            stability?: components["schemas"]["Stability"];
            /** @enum {string} */
            stabilityStatus?: "current" | "outdated" | "pending" | "failed";
            tieBreaks?: {
                among: string[];
                chosen?: string;
                round?: number;
                /** @enum {string} */
                rule: "earlier-rounds" | "candidate-order" | "first-optimal-order";
            }[];
            unavailable?: {
                method: string;
                reason: string;
            };
            voters: number;
            weighting?: {
                [key: string]: {
                    declared: number;
                    share: number;
                    voters: number;
                };
            };
            winners: string[];
        } & {
            [key: string]: unknown;
        };
        ConsultationResultsInput: {
            alternatives: string[];
            byCluster?: {
                [key: string]: components["schemas"]["WithheldInput"] | components["schemas"]["TallyResultInput"];
            };
            byGroup?: {
                [key: string]: components["schemas"]["WithheldInput"] | components["schemas"]["TallyResultInput"];
            };
            candidates: string[];
            comparisons?: number;
            method: string;
            pairwise?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            quota?: number;
            ranking: string[][];
            rounds?: {
                elected: string[];
                eliminated: string[];
                exhausted?: number;
                tally: {
                    [key: string]: number;
                };
                transfer?: {
                    exhausted: number;
                    factor?: number;
                    from: string;
                    /** @enum {string} */
                    reason: "surplus" | "elimination";
                    to: {
                        [key: string]: number;
                    };
                };
            }[];
            score?: number;
            scores?: {
                [key: string]: number;
            };
            seats?: number;
            stability?: components["schemas"]["StabilityInput"];
            /** @enum {string} */
            stabilityStatus?: "current" | "outdated" | "pending" | "failed";
            tieBreaks?: {
                among: string[];
                chosen?: string;
                round?: number;
                /** @enum {string} */
                rule: "earlier-rounds" | "candidate-order" | "first-optimal-order";
            }[];
            unavailable?: {
                method: string;
                reason: string;
            };
            voters: number;
            weighting?: {
                [key: string]: {
                    declared: number;
                    share: number;
                    voters: number;
                };
            };
            winners: string[];
        } & {
            [key: string]: unknown;
        };
        ConsultationSummary: {
            ballots: number;
            /** @enum {string} */
            ballotType: "approval" | "ranking" | "score" | "pairwise" | "budget";
            id: string;
            illustrative: boolean;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
            title: {
                en: string;
                vi: string;
            };
        };
        ConsultationSummaryInput: {
            ballots: number;
            /** @enum {string} */
            ballotType: "approval" | "ranking" | "score" | "pairwise" | "budget";
            id: string;
            illustrative: boolean;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
            title: {
                en: string;
                vi: string;
            };
        };
        DemoAccount: {
            email: string;
            note: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            role: "administrator" | "facilitator" | "official" | "delegate" | "observer";
        };
        DemoAccountInput: {
            email: string;
            note: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            role: "administrator" | "facilitator" | "official" | "delegate" | "observer";
        };
        DevolutionComparison: {
            alternatives: {
                key: string;
                name: {
                    en: string | null;
                    vi: string;
                };
                score: number;
                values: {
                    [key: string]: number;
                };
            }[];
            /** @enum {string} */
            method: "weighted-sum" | "topsis";
            ranking: string[][];
            sensitivity: {
                criteria: {
                    criterion: string;
                    first: (number)[];
                    weight: number;
                }[];
                /** @enum {string} */
                method: "exact" | "search";
                top: string;
            };
            weights: {
                [key: string]: number;
            };
        };
        DevolutionComparisonInput: {
            alternatives: {
                key: string;
                name: {
                    en: string | null;
                    vi: string;
                };
                score: number;
                values: {
                    [key: string]: number;
                };
            }[];
            /** @enum {string} */
            method: "weighted-sum" | "topsis";
            ranking: string[][];
            sensitivity: {
                criteria: {
                    criterion: string;
                    first: (number)[];
                    weight: number;
                }[];
                /** @enum {string} */
                method: "exact" | "search";
                top: string;
            };
            weights: {
                [key: string]: number;
            };
        };
        DevolutionScenarios: {
            scenarios: {
                date: string;
                id: string;
                illustrativeNote: string | null;
                key: string;
                moves: {
                    activity: string;
                    /** @description YYYY-MM-DD: the day the move takes effect */
                    date: string;
                    investment: number;
                    phase: string;
                    rationale: string;
                    /** @description criterion → −2 (much worse than today) … +2 (much better): subsidiarity, scale, spillover, capacity, accountability */
                    scores?: {
                        [key: string]: number;
                    };
                    /** @description province, district (until 30 June 2025) or commune */
                    to: string;
                }[];
                name: {
                    en: string | null;
                    vi: string;
                };
                updatedAt: string;
            }[];
        };
        DevolutionScenariosInput: {
            scenarios: {
                date: string;
                id: string;
                illustrativeNote: string | null;
                key: string;
                moves: {
                    activity: string;
                    /** @description YYYY-MM-DD: the day the move takes effect */
                    date: string;
                    investment: number;
                    phase: string;
                    rationale: string;
                    /** @description criterion → −2 (much worse than today) … +2 (much better): subsidiarity, scale, spillover, capacity, accountability */
                    scores?: {
                        [key: string]: number;
                    };
                    /** @description province, district (until 30 June 2025) or commune */
                    to: string;
                }[];
                name: {
                    en: string | null;
                    vi: string;
                };
                updatedAt: string;
            }[];
        };
        Edition: {
            dimensions: components["schemas"]["IndexFigureLabel"][];
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI";
            /** @description how the 34 were formed from the published 63 (only with unit=34) */
            method?: string;
            rows: components["schemas"]["EditionRow"][];
            source: components["schemas"]["EditionSource"];
            uncovered?: {
                code: string;
                name: string;
            }[];
            unit: 63 | 34;
            year: number;
        };
        EditionInput: {
            dimensions: components["schemas"]["IndexFigureLabelInput"][];
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI";
            /** @description how the 34 were formed from the published 63 (only with unit=34) */
            method?: string;
            rows: components["schemas"]["EditionRowInput"][];
            source: components["schemas"]["EditionSourceInput"];
            uncovered?: {
                code: string;
                name: string;
            }[];
            unit: 63 | 34;
            year: number;
        };
        EditionRow: {
            constituents?: {
                code: string;
                name: string;
                weight: number;
            }[];
            dimensions: {
                [key: string]: number;
            };
            locality: {
                code: string;
                name: string;
            };
            missing?: {
                code: string;
                name: string;
            }[];
            partial?: {
                [key: string]: string[];
            };
            rank: number | null;
            score: number | null;
        };
        EditionRowInput: {
            constituents?: {
                code: string;
                name: string;
                weight: number;
            }[];
            dimensions: {
                [key: string]: number;
            };
            locality: {
                code: string;
                name: string;
            };
            missing?: {
                code: string;
                name: string;
            }[];
            partial?: {
                [key: string]: string[];
            };
            rank: number | null;
            score: number | null;
        };
        Editions: {
            editions: {
                gaps: {
                    localityCode: string;
                    missing: string[];
                    year: number;
                }[];
                importedBy: string;
                /** @enum {string} */
                index: "PCI" | "PAPI" | "PGI";
                rows: number;
                source: components["schemas"]["EditionSource"];
                year: number;
            }[];
            indices: {
                en: string;
                firstYear: number;
                /** @enum {string} */
                key: "PCI" | "PAPI" | "PGI";
                publisher: string;
                vi: string;
            }[];
        };
        EditionsInput: {
            editions: {
                gaps: {
                    localityCode: string;
                    missing: string[];
                    year: number;
                }[];
                importedBy: string;
                /** @enum {string} */
                index: "PCI" | "PAPI" | "PGI";
                rows: number;
                source: components["schemas"]["EditionSourceInput"];
                year: number;
            }[];
            indices: {
                en: string;
                firstYear: number;
                /** @enum {string} */
                key: "PCI" | "PAPI" | "PGI";
                publisher: string;
                vi: string;
            }[];
        };
        EditionSource: {
            file: string;
            importedAt: string;
            sha256: string;
        };
        EditionSourceInput: {
            file: string;
            importedAt: string;
            sha256: string;
        };
        Error: {
            error: {
                code: string;
                en: string;
                message: string;
                vi: string;
            };
        };
        ErrorInput: {
            error: {
                code: string;
                en: string;
                message: string;
                vi: string;
            };
        };
        EvidenceCoverage: {
            /**
             * @description governance-only: the score rests on a governance proxy alone
             * @enum {string}
             */
            basis: "direct" | "mixed" | "governance-only" | "none";
            /** @description of which official statistics: the need measured directly */
            direct: number;
            /** @description share of the weight carried by direct measures */
            directShare: number | null;
            /** @description figures that feed the need score */
            figures: number;
            /** @description of which index figures: how the area is governed */
            governance: number;
            latestYear: number | null;
            oldestYear: number | null;
            unavailable: number;
        };
        EvidenceCoverageInput: {
            /**
             * @description governance-only: the score rests on a governance proxy alone
             * @enum {string}
             */
            basis: "direct" | "mixed" | "governance-only" | "none";
            /** @description of which official statistics: the need measured directly */
            direct: number;
            /** @description share of the weight carried by direct measures */
            directShare: number | null;
            /** @description figures that feed the need score */
            figures: number;
            /** @description of which index figures: how the area is governed */
            governance: number;
            latestYear: number | null;
            oldestYear: number | null;
            unavailable: number;
        };
        FileError: {
            error: {
                code: string;
                en: string;
                message: string;
                problems?: components["schemas"]["FileProblem"][];
                vi: string;
            };
        };
        FileErrorInput: {
            error: {
                code: string;
                en: string;
                message: string;
                problems?: components["schemas"]["FileProblemInput"][];
                vi: string;
            };
        };
        FileProblem: {
            column: string | null;
            en: string;
            row: number | null;
            sheet: string;
            vi: string;
        };
        FileProblemInput: {
            column: string | null;
            en: string;
            row: number | null;
            sheet: string;
            vi: string;
        };
        ForumContribution: {
            abstract: string | null;
            createdAt: string;
            file: {
                mediaType: string;
                name: string;
                size: number;
                url: string;
            } | null;
            /** Format: uuid */
            id: string;
            illustrative: boolean;
            organisation: string | null;
            /** Format: uuid */
            sessionId: string | null;
            speaker: string;
            title: string;
            updatedAt: string;
        };
        ForumContributionInput: {
            abstract: string | null;
            createdAt: string;
            file: {
                mediaType: string;
                name: string;
                size: number;
                url: string;
            } | null;
            /** Format: uuid */
            id: string;
            illustrative: boolean;
            organisation: string | null;
            /** Format: uuid */
            sessionId: string | null;
            speaker: string;
            title: string;
            updatedAt: string;
        };
        ForumItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sessionId: string;
            speakers: string[];
            startsAt: string;
            theme: string | null;
            title: {
                en: string | null;
                vi: string;
            };
        };
        ForumItemInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            sessionId: string;
            speakers: string[];
            startsAt: string;
            theme: string | null;
            title: {
                en: string | null;
                vi: string;
            };
        };
        ForumPoint: {
            attendees: string[];
            capacity: number | null;
            checkedIn: number;
            expected: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "locality" | "organisation";
            localityId: string | null;
            mainHall: boolean;
            moderatorIds: string[];
            name: {
                en: string;
                vi: string;
            };
            registered: number;
        };
        ForumPointInput: {
            attendees: string[];
            capacity: number | null;
            checkedIn: number;
            expected: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "locality" | "organisation";
            localityId: string | null;
            mainHall: boolean;
            moderatorIds: string[];
            name: {
                en: string;
                vi: string;
            };
            registered: number;
        };
        ForumPoll: {
            ballot: {
                max?: number;
                scale?: number;
            };
            ballots: number;
            /** Format: uuid */
            consultationId: string;
            /** Format: uuid */
            id: string;
            illustrative: boolean;
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            method: "approval" | "ranking" | "score";
            minGroupSize: number;
            options: {
                key: string;
                title: {
                    en: string;
                    vi: string;
                };
            }[];
            overall: {
                ballots: number;
                /** @description per option key: approvals (approval), Borda points (ranking) or mean score (score) */
                values: {
                    [key: string]: number;
                };
            };
            points: {
                ballots: number | null;
                name: {
                    en: string;
                    vi: string;
                };
                pointId: string;
                /** @description per option key: approvals (approval), Borda points (ranking) or mean score (score) */
                values: {
                    [key: string]: number;
                } | null;
                /** @description fewer ballots than the minimum: no figures published */
                withheld: boolean;
            }[];
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
            title: {
                en: string;
                vi: string;
            };
            voted: boolean | null;
        };
        ForumPollInput: {
            ballot: {
                max?: number;
                scale?: number;
            };
            ballots: number;
            /** Format: uuid */
            consultationId: string;
            /** Format: uuid */
            id: string;
            illustrative: boolean;
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            method: "approval" | "ranking" | "score";
            minGroupSize: number;
            options: {
                key: string;
                title: {
                    en: string;
                    vi: string;
                };
            }[];
            overall: {
                ballots: number;
                /** @description per option key: approvals (approval), Borda points (ranking) or mean score (score) */
                values: {
                    [key: string]: number;
                };
            };
            points: {
                ballots: number | null;
                name: {
                    en: string;
                    vi: string;
                };
                pointId: string;
                /** @description per option key: approvals (approval), Borda points (ranking) or mean score (score) */
                values: {
                    [key: string]: number;
                } | null;
                /** @description fewer ballots than the minimum: no figures published */
                withheld: boolean;
            }[];
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
            title: {
                en: string;
                vi: string;
            };
            voted: boolean | null;
        };
        ForumRecommendation: {
            createdAt: string;
            decidedAt: string | null;
            decisionNote: string | null;
            /** @description the plan action it became, read from the plan now */
            followUp: {
                /** Format: uuid */
                actionId: string;
                code: string;
                /** @description the public dashboard /d/{slug} that shows the plan, if any */
                dashboardSlug: string | null;
                dueOn: string;
                lastReport: {
                    period: string;
                    statusNote: string;
                    submittedOn: string;
                } | null;
                leadAgency: {
                    en: string;
                    vi: string;
                } | null;
                /** Format: uuid */
                planId: string;
                planTitle: {
                    en: string;
                    vi: string;
                };
                progress: number;
                /** @enum {string} */
                status: "done" | "not-started" | "green" | "amber" | "red";
                title: {
                    en: string;
                    vi: string;
                };
            } | null;
            /** Format: uuid */
            id: string;
            owner: string;
            /** Format: uuid */
            ownerOrganisationId: string | null;
            /** Format: uuid */
            pointId: string | null;
            reviewOn: string | null;
            source: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "contribution" | "question" | "poll";
            } | null;
            /** @enum {string} */
            status: "proposed" | "accepted" | "declined";
            text: string;
        };
        ForumRecommendationInput: {
            createdAt: string;
            decidedAt: string | null;
            decisionNote: string | null;
            /** @description the plan action it became, read from the plan now */
            followUp: {
                /** Format: uuid */
                actionId: string;
                code: string;
                /** @description the public dashboard /d/{slug} that shows the plan, if any */
                dashboardSlug: string | null;
                dueOn: string;
                lastReport: {
                    period: string;
                    statusNote: string;
                    submittedOn: string;
                } | null;
                leadAgency: {
                    en: string;
                    vi: string;
                } | null;
                /** Format: uuid */
                planId: string;
                planTitle: {
                    en: string;
                    vi: string;
                };
                progress: number;
                /** @enum {string} */
                status: "done" | "not-started" | "green" | "amber" | "red";
                title: {
                    en: string;
                    vi: string;
                };
            } | null;
            /** Format: uuid */
            id: string;
            owner: string;
            /** Format: uuid */
            ownerOrganisationId: string | null;
            /** Format: uuid */
            pointId: string | null;
            reviewOn: string | null;
            source: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "contribution" | "question" | "poll";
            } | null;
            /** @enum {string} */
            status: "proposed" | "accepted" | "declined";
            text: string;
        };
        ForumRegistration: {
            checkedInAt: string | null;
            /** Format: uuid */
            checkedInPointId: string | null;
            /** Format: uuid */
            id: string;
            name: string | null;
            /** Format: uuid */
            pointId: string | null;
            /** @enum {string} */
            status: "registered" | "waiting" | "cancelled";
            waitingRank: number | null;
        };
        ForumRegistrationInput: {
            checkedInAt: string | null;
            /** Format: uuid */
            checkedInPointId: string | null;
            /** Format: uuid */
            id: string;
            name: string | null;
            /** Format: uuid */
            pointId: string | null;
            /** @enum {string} */
            status: "registered" | "waiting" | "cancelled";
            waitingRank: number | null;
        };
        ForumSession: {
            endsAt: string;
            /** Format: uuid */
            id: string;
            startsAt: string;
            title: {
                en: string | null;
                vi: string;
            };
        };
        ForumSessionInput: {
            endsAt: string;
            /** Format: uuid */
            id: string;
            startsAt: string;
            title: {
                en: string | null;
                vi: string;
            };
        };
        ForumSpeaker: {
            calledAt: string | null;
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            pointId: string | null;
            requestedAt: string;
            /** Format: uuid */
            sessionId: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "waiting" | "called" | "speaking" | "done" | "removed";
        };
        ForumSpeakerInput: {
            calledAt: string | null;
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            pointId: string | null;
            requestedAt: string;
            /** Format: uuid */
            sessionId: string;
            startedAt: string | null;
            /** @enum {string} */
            status: "waiting" | "called" | "speaking" | "done" | "removed";
        };
        ForumSummary: {
            capacity: number | null;
            endsOn: string;
            /** Format: uuid */
            id: string;
            illustrative: boolean;
            /** @enum {string} */
            kind: "in-person" | "online" | "hybrid";
            organisers: string[];
            slug: string;
            /** Format: uuid */
            spaceId: string;
            startsOn: string;
            /** @enum {string} */
            status: "draft" | "published";
            streamUrl: string | null;
            themes: {
                en: string | null;
                key: string;
                vi: string;
            }[];
            title: {
                en: string | null;
                vi: string;
            };
        };
        ForumSummaryInput: {
            capacity: number | null;
            endsOn: string;
            /** Format: uuid */
            id: string;
            illustrative: boolean;
            /** @enum {string} */
            kind: "in-person" | "online" | "hybrid";
            organisers: string[];
            slug: string;
            /** Format: uuid */
            spaceId: string;
            startsOn: string;
            /** @enum {string} */
            status: "draft" | "published";
            streamUrl: string | null;
            themes: {
                en: string | null;
                key: string;
                vi: string;
            }[];
            title: {
                en: string | null;
                vi: string;
            };
        };
        ForumView: {
            attendance: {
                checkedIn: number;
                expected: number;
                registered: number;
            };
            capacity: number | null;
            endsOn: string;
            /** Format: uuid */
            id: string;
            illustrative: boolean;
            /** @enum {string} */
            kind: "in-person" | "online" | "hybrid";
            organisers: string[];
            permissions: {
                manage: boolean;
                moderates: string[];
                register: boolean;
            };
            points: components["schemas"]["ForumPoint"][];
            sessions: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                items: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    sessionId: string;
                    speakers: string[];
                    startsAt: string;
                    theme: string | null;
                    title: {
                        en: string | null;
                        vi: string;
                    };
                }[];
                startsAt: string;
                title: {
                    en: string | null;
                    vi: string;
                };
            }[];
            slug: string;
            /** Format: uuid */
            spaceId: string;
            startsOn: string;
            /** @enum {string} */
            status: "draft" | "published";
            streamUrl: string | null;
            themes: {
                en: string | null;
                key: string;
                vi: string;
            }[];
            title: {
                en: string | null;
                vi: string;
            };
        };
        ForumViewInput: {
            attendance: {
                checkedIn: number;
                expected: number;
                registered: number;
            };
            capacity: number | null;
            endsOn: string;
            /** Format: uuid */
            id: string;
            illustrative: boolean;
            /** @enum {string} */
            kind: "in-person" | "online" | "hybrid";
            organisers: string[];
            permissions: {
                manage: boolean;
                moderates: string[];
                register: boolean;
            };
            points: components["schemas"]["ForumPointInput"][];
            sessions: {
                endsAt: string;
                /** Format: uuid */
                id: string;
                items: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    sessionId: string;
                    speakers: string[];
                    startsAt: string;
                    theme: string | null;
                    title: {
                        en: string | null;
                        vi: string;
                    };
                }[];
                startsAt: string;
                title: {
                    en: string | null;
                    vi: string;
                };
            }[];
            slug: string;
            /** Format: uuid */
            spaceId: string;
            startsOn: string;
            /** @enum {string} */
            status: "draft" | "published";
            streamUrl: string | null;
            themes: {
                en: string | null;
                key: string;
                vi: string;
            }[];
            title: {
                en: string | null;
                vi: string;
            };
        };
        IndexFigureLabel: {
            en: string;
            key: string;
            vi: string;
        };
        IndexFigureLabelInput: {
            en: string;
            key: string;
            vi: string;
        };
        IndexImportReport: {
            changed: boolean;
            editions: {
                gaps: {
                    localityCode: string;
                    missing: string[];
                    year: number;
                }[];
                /** @enum {string} */
                outcome: "created" | "replaced" | "unchanged";
                previous?: {
                    file: string;
                    sha256: string;
                };
                /** @enum {string} */
                reason?: "same-file" | "same-values";
                rows: number;
                year: number;
            }[];
            file: string;
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI";
            sha256: string;
        };
        IndexImportReportInput: {
            changed: boolean;
            editions: {
                gaps: {
                    localityCode: string;
                    missing: string[];
                    year: number;
                }[];
                /** @enum {string} */
                outcome: "created" | "replaced" | "unchanged";
                previous?: {
                    file: string;
                    sha256: string;
                };
                /** @enum {string} */
                reason?: "same-file" | "same-values";
                rows: number;
                year: number;
            }[];
            file: string;
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI";
            sha256: string;
        };
        LinkageAgreement: {
            commitments: components["schemas"]["LinkageCommitment"][];
            document: {
                name: string;
                type: string;
            } | null;
            endsOn: string;
            /** Format: uuid */
            id: string;
            illustrativeNote: string | null;
            /** @description every party has become one province since 1 July 2025 */
            nowInternal: boolean;
            parties: {
                id: string;
                name: string;
                nameEn: string;
                successor: {
                    id: string;
                    name: string;
                };
            }[];
            practice: components["schemas"]["LinkagePractice"];
            reviewOn: string | null;
            sectors: string[];
            startsOn: string;
            title: {
                en: string | null;
                vi: string;
            };
        };
        LinkageAgreementInput: {
            commitments: components["schemas"]["LinkageCommitmentInput"][];
            document: {
                name: string;
                type: string;
            } | null;
            endsOn: string;
            /** Format: uuid */
            id: string;
            illustrativeNote: string | null;
            /** @description every party has become one province since 1 July 2025 */
            nowInternal: boolean;
            parties: {
                id: string;
                name: string;
                nameEn: string;
                successor: {
                    id: string;
                    name: string;
                };
            }[];
            practice: components["schemas"]["LinkagePracticeInput"];
            reviewOn: string | null;
            sectors: string[];
            startsOn: string;
            title: {
                en: string | null;
                vi: string;
            };
        };
        LinkageCommitment: {
            budgetShares: {
                [key: string]: number;
            };
            dueOn: string;
            editable: boolean;
            /** Format: uuid */
            id: string;
            party: {
                id: string;
                name: string;
                nameEn: string;
                successor: {
                    id: string;
                    name: string;
                };
            };
            progress: number;
            reports: {
                percent: number;
                period: string;
                statusNote: string;
                submittedOn: string;
            }[];
            sector: string;
            /** @enum {string} */
            stage: "on-paper" | "started" | "on-track" | "done";
            startsOn: string;
            /** @enum {string} */
            status: "done" | "not-started" | "green" | "amber" | "red";
            what: {
                en: string | null;
                vi: string;
            };
        };
        LinkageCommitmentInput: {
            budgetShares: {
                [key: string]: number;
            };
            dueOn: string;
            editable: boolean;
            /** Format: uuid */
            id: string;
            party: {
                id: string;
                name: string;
                nameEn: string;
                successor: {
                    id: string;
                    name: string;
                };
            };
            progress: number;
            reports: {
                percent: number;
                period: string;
                statusNote: string;
                submittedOn: string;
            }[];
            sector: string;
            /** @enum {string} */
            stage: "on-paper" | "started" | "on-track" | "done";
            startsOn: string;
            /** @enum {string} */
            status: "done" | "not-started" | "green" | "amber" | "red";
            what: {
                en: string | null;
                vi: string;
            };
        };
        LinkageIntent: {
            /** @enum {string} */
            direction: "offer" | "need";
            editable: boolean;
            endsOn: string | null;
            evidence: {
                index: string;
                indicator: string;
                year: number | null;
            } | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "capacity" | "facility" | "expertise" | "market" | "land" | "budget";
            locality: {
                id: string;
                name: string;
                nameEn: string;
                successor: {
                    id: string;
                    name: string;
                };
            };
            sector: string;
            size: number;
            startsOn: string | null;
            text: {
                en: string | null;
                vi: string;
            };
        };
        LinkageIntentImport: {
            created: number;
            unchanged: number;
            updated: number;
        };
        LinkageIntentImportInput: {
            created: number;
            unchanged: number;
            updated: number;
        };
        LinkageIntentInput: {
            /** @enum {string} */
            direction: "offer" | "need";
            editable: boolean;
            endsOn: string | null;
            evidence: {
                index: string;
                indicator: string;
                year: number | null;
            } | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "capacity" | "facility" | "expertise" | "market" | "land" | "budget";
            locality: {
                id: string;
                name: string;
                nameEn: string;
                successor: {
                    id: string;
                    name: string;
                };
            };
            sector: string;
            size: number;
            startsOn: string | null;
            text: {
                en: string | null;
                vi: string;
            };
        };
        LinkagePractice: {
            done: number;
            moved: number;
            onPaper: number;
            onTrack: number;
            rate: number | null;
            started: number;
            total: number;
        };
        LinkagePracticeInput: {
            done: number;
            moved: number;
            onPaper: number;
            onTrack: number;
            rate: number | null;
            started: number;
            total: number;
        };
        LinkagePracticeOverTime: {
            /** @description one per quarter of the agreement up to today */
            points: {
                on: string;
                practice: components["schemas"]["LinkagePractice"];
                quarter: string;
            }[];
        };
        LinkagePracticeOverTimeInput: {
            /** @description one per quarter of the agreement up to today */
            points: {
                on: string;
                practice: components["schemas"]["LinkagePracticeInput"];
                quarter: string;
            }[];
        };
        LinkageProject: {
            agreement: {
                /** Format: uuid */
                id: string;
                title: {
                    en: string | null;
                    vi: string;
                };
            } | null;
            central: {
                /** @description billion đồng */
                grantedAmount: number | null;
                grantedPercent: number | null;
                /** @description billion đồng */
                requestedAmount: number;
                requestedPercent: number;
            };
            /** @description one line per locality of the project, 0 % where none is given */
            costShares: {
                /** @description billion đồng */
                amount: number;
                editable: boolean;
                locality: {
                    id: string;
                    name: string;
                    nameEn: string;
                    successor: {
                        id: string;
                        name: string;
                    };
                };
                percent: number;
            }[];
            /** @description the caller may change the whole project (coordinators) */
            editable: boolean;
            /** Format: uuid */
            id: string;
            illustrativeNote: string | null;
            localities: {
                id: string;
                name: string;
                nameEn: string;
                successor: {
                    id: string;
                    name: string;
                };
            }[];
            name: {
                en: string | null;
                vi: string;
            };
            sector: string;
            /** @enum {string} */
            status: "proposed" | "approved" | "under-way" | "done" | "stalled";
            steering: {
                en: string | null;
                vi: string;
            };
            /** @description billion đồng */
            totalCost: number;
            /** @description 100 less the localities’ shares and the central budget requested */
            unassignedPercent: number;
        };
        LinkageProjectInput: {
            agreement: {
                /** Format: uuid */
                id: string;
                title: {
                    en: string | null;
                    vi: string;
                };
            } | null;
            central: {
                /** @description billion đồng */
                grantedAmount: number | null;
                grantedPercent: number | null;
                /** @description billion đồng */
                requestedAmount: number;
                requestedPercent: number;
            };
            /** @description one line per locality of the project, 0 % where none is given */
            costShares: {
                /** @description billion đồng */
                amount: number;
                editable: boolean;
                locality: {
                    id: string;
                    name: string;
                    nameEn: string;
                    successor: {
                        id: string;
                        name: string;
                    };
                };
                percent: number;
            }[];
            /** @description the caller may change the whole project (coordinators) */
            editable: boolean;
            /** Format: uuid */
            id: string;
            illustrativeNote: string | null;
            localities: {
                id: string;
                name: string;
                nameEn: string;
                successor: {
                    id: string;
                    name: string;
                };
            }[];
            name: {
                en: string | null;
                vi: string;
            };
            sector: string;
            /** @enum {string} */
            status: "proposed" | "approved" | "under-way" | "done" | "stalled";
            steering: {
                en: string | null;
                vi: string;
            };
            /** @description billion đồng */
            totalCost: number;
            /** @description 100 less the localities’ shares and the central budget requested */
            unassignedPercent: number;
        };
        LinkageProvincePractice: {
            provinces: {
                commitments: number;
                /** @description the parties read onto this province */
                from: string[];
                locality: {
                    id: string;
                    name: string;
                    nameEn: string;
                    successor: {
                        id: string;
                        name: string;
                    };
                };
                practice: components["schemas"]["LinkagePractice"];
            }[];
        };
        LinkageProvincePracticeInput: {
            provinces: {
                commitments: number;
                /** @description the parties read onto this province */
                from: string[];
                locality: {
                    id: string;
                    name: string;
                    nameEn: string;
                    successor: {
                        id: string;
                        name: string;
                    };
                };
                practice: components["schemas"]["LinkagePracticeInput"];
            }[];
        };
        LinkageRegion: {
            localities: {
                id: string;
                name: string;
                nameEn: string;
                successor: {
                    id: string;
                    name: string;
                };
            }[];
            officials: {
                localityId: string;
                /** Format: uuid */
                userId: string;
            }[];
            permissions: {
                coordinate: boolean;
                /** @description member localities the caller edits */
                editFor: string[];
            };
            sectors: {
                en: string;
                key: string;
                vi: string;
            }[];
            /** Format: uuid */
            spaceId: string;
        };
        LinkageRegionInput: {
            localities: {
                id: string;
                name: string;
                nameEn: string;
                successor: {
                    id: string;
                    name: string;
                };
            }[];
            officials: {
                localityId: string;
                /** Format: uuid */
                userId: string;
            }[];
            permissions: {
                coordinate: boolean;
                /** @description member localities the caller edits */
                editFor: string[];
            };
            sectors: {
                en: string;
                key: string;
                vi: string;
            }[];
            /** Format: uuid */
            spaceId: string;
        };
        LinkageSuggestions: {
            /** @description false when the search stopped at its cap; upperBound is then what no answer can beat */
            exact: boolean;
            exchanges: {
                flows: {
                    giver: string;
                    meetings: {
                        /** Format: uuid */
                        needId: string;
                        /** Format: uuid */
                        offerId: string;
                        value: number;
                    }[];
                    taker: string;
                }[];
                gains: {
                    gain: number;
                    localityId: string;
                }[];
                /** @description in giving order: each gives to the next, the last to the first */
                members: {
                    id: string;
                    name: string;
                    nameEn: string;
                    successor: {
                        id: string;
                        name: string;
                    };
                }[];
                /** @description harmonic mean of the members’ gains */
                score: number;
                words: {
                    en: string;
                    vi: string;
                };
            }[];
            maxCycle: number;
            total: number;
            upperBound: number;
        };
        LinkageSuggestionsInput: {
            /** @description false when the search stopped at its cap; upperBound is then what no answer can beat */
            exact: boolean;
            exchanges: {
                flows: {
                    giver: string;
                    meetings: {
                        /** Format: uuid */
                        needId: string;
                        /** Format: uuid */
                        offerId: string;
                        value: number;
                    }[];
                    taker: string;
                }[];
                gains: {
                    gain: number;
                    localityId: string;
                }[];
                /** @description in giving order: each gives to the next, the last to the first */
                members: {
                    id: string;
                    name: string;
                    nameEn: string;
                    successor: {
                        id: string;
                        name: string;
                    };
                }[];
                /** @description harmonic mean of the members’ gains */
                score: number;
                words: {
                    en: string;
                    vi: string;
                };
            }[];
            maxCycle: number;
            total: number;
            upperBound: number;
        };
        LiveSnapshot: {
            ballots: number;
            results: components["schemas"]["ConsultationResults"];
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
        };
        LiveSnapshotInput: {
            ballots: number;
            results: components["schemas"]["ConsultationResultsInput"];
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "published";
        };
        LocalityDetail: {
            code: string;
            fullName: string;
            name: string;
            nameEn: string;
            region: components["schemas"]["Region"];
            set: 63 | 34;
        };
        LocalityDetailInput: {
            code: string;
            fullName: string;
            name: string;
            nameEn: string;
            region: components["schemas"]["RegionInput"];
            set: 63 | 34;
        };
        LocalityUnit: {
            code: string;
            fullName: string;
            id: string;
            /** @enum {string} */
            kind: "province" | "city";
            name: string;
            nameEn: string;
            predecessors?: {
                code: string;
                name: string;
            }[];
            region: components["schemas"]["Region"];
            set: 63 | 34;
            successor?: {
                code: string;
                name: string;
            };
            validFrom: string;
            validTo: string | null;
        };
        LocalityUnitInput: {
            code: string;
            fullName: string;
            id: string;
            /** @enum {string} */
            kind: "province" | "city";
            name: string;
            nameEn: string;
            predecessors?: {
                code: string;
                name: string;
            }[];
            region: components["schemas"]["RegionInput"];
            set: 63 | 34;
            successor?: {
                code: string;
                name: string;
            };
            validFrom: string;
            validTo: string | null;
        };
        LocalityUnits: {
            date: string;
            localities: components["schemas"]["LocalityUnit"][];
            set: 63 | 34;
        };
        LocalityUnitsInput: {
            date: string;
            localities: components["schemas"]["LocalityUnitInput"][];
            set: 63 | 34;
        };
        MappableFigure: {
            dimension?: string;
            en: string;
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI" | "GSO";
            key: string;
            /**
             * @description statistics: the side of need by the dataset’s direction; null: a link must give it
             * @enum {string|null}
             */
            needByDirection?: "higher" | "lower" | null;
            vi: string;
        };
        MappableFigureInput: {
            dimension?: string;
            en: string;
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI" | "GSO";
            key: string;
            /**
             * @description statistics: the side of need by the dataset’s direction; null: a link must give it
             * @enum {string|null}
             */
            needByDirection?: "higher" | "lower" | null;
            vi: string;
        };
        MappingLink: {
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI" | "GSO";
            key: string;
            /** @enum {string} */
            need?: "higher" | "lower";
            weight?: number;
        };
        MappingLinkInput: {
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI" | "GSO";
            key: string;
            /** @enum {string} */
            need?: "higher" | "lower";
            weight?: number;
        };
        Me: {
            csrfToken: string | null;
            roles: {
                /** @enum {string} */
                role: "administrator" | "facilitator" | "official" | "delegate" | "observer";
                spaceId: string | null;
            }[];
            user: {
                displayName: string;
                email: string;
                id: string | null;
                organisation: components["schemas"]["OrganisationRef"] | null;
            };
        };
        MeInput: {
            csrfToken: string | null;
            roles: {
                /** @enum {string} */
                role: "administrator" | "facilitator" | "official" | "delegate" | "observer";
                spaceId: string | null;
            }[];
            user: {
                displayName: string;
                email: string;
                id: string | null;
                organisation: components["schemas"]["OrganisationRefInput"] | null;
            };
        };
        Member: {
            displayName: string;
            email: string;
            organisation: {
                id: string;
                name: {
                    en: string;
                    vi: string;
                };
            } | null;
            /** @enum {string} */
            role: "administrator" | "facilitator" | "official" | "delegate" | "observer";
            userId: string;
        };
        MemberInput: {
            displayName: string;
            email: string;
            organisation: {
                id: string;
                name: {
                    en: string;
                    vi: string;
                };
            } | null;
            /** @enum {string} */
            role: "administrator" | "facilitator" | "official" | "delegate" | "observer";
            userId: string;
        };
        ModeratedPoint: {
            forum: components["schemas"]["ForumSummary"];
            /** Format: uuid */
            pointId: string;
            pointName: {
                en: string;
                vi: string;
            };
        };
        ModeratedPointInput: {
            forum: components["schemas"]["ForumSummaryInput"];
            /** Format: uuid */
            pointId: string;
            pointName: {
                en: string;
                vi: string;
            };
        };
        OrganisationRef: {
            id: string;
            name: {
                en: string;
                vi: string;
            };
        };
        OrganisationRefInput: {
            id: string;
            name: {
                en: string;
                vi: string;
            };
        };
        PaperBatch: {
            cluster: string | null;
            /** Format: date-time */
            committedAt: string | null;
            consultationId: string;
            /** Format: date-time */
            createdAt: string;
            forms: number;
            group: string | null;
            key: string;
            resolutions: {
                [key: string]: components["schemas"]["PaperReading"];
            };
            /** @enum {string} */
            status: "entering" | "committed";
            /** Format: date-time */
            updatedAt: string;
        };
        PaperBatchInput: {
            cluster: string | null;
            committedAt: unknown;
            consultationId: string;
            createdAt: unknown;
            forms: number;
            group: string | null;
            key: string;
            resolutions: {
                [key: string]: components["schemas"]["PaperReadingInput"];
            };
            /** @enum {string} */
            status: "entering" | "committed";
            updatedAt: unknown;
        };
        PaperBatchSummary: {
            ballots: number | null;
            cluster: string | null;
            /** Format: date-time */
            committedAt: string | null;
            conflicts: number | null;
            counted: number;
            /** Format: date-time */
            createdAt: string;
            entries: {
                /** Format: date-time */
                enteredAt: string;
                enteredBy: string;
                entry: number;
                forms: number;
            }[];
            forms: number;
            group: string | null;
            key: string;
            resolved: number;
            spoilt: number | null;
            /** @enum {string} */
            status: "entering" | "committed";
            /** Format: date-time */
            updatedAt: string;
        };
        PaperBatchSummaryInput: {
            ballots: number | null;
            cluster: string | null;
            committedAt: unknown;
            conflicts: number | null;
            counted: number;
            createdAt: unknown;
            entries: {
                enteredAt: unknown;
                enteredBy: string;
                entry: number;
                forms: number;
            }[];
            forms: number;
            group: string | null;
            key: string;
            resolved: number;
            spoilt: number | null;
            /** @enum {string} */
            status: "entering" | "committed";
            updatedAt: unknown;
        };
        PaperBatchView: {
            batch: components["schemas"]["PaperBatch"];
            comparison: components["schemas"]["PaperFormComparison"][] | null;
            entries: components["schemas"]["PaperEntry"][];
        };
        PaperBatchViewInput: {
            batch: components["schemas"]["PaperBatchInput"];
            comparison: components["schemas"]["PaperFormComparisonInput"][] | null;
            entries: components["schemas"]["PaperEntryInput"][];
        };
        PaperCommitOutcome: {
            ballots: number;
            receipts: string[];
            spoilt: number;
        };
        PaperCommitOutcomeInput: {
            ballots: number;
            receipts: string[];
            spoilt: number;
        };
        PaperEntry: {
            /** Format: date-time */
            enteredAt: string;
            enteredBy: string;
            entry: number;
        };
        PaperEntryInput: {
            enteredAt: unknown;
            enteredBy: string;
            entry: number;
        };
        PaperFormComparison: {
            first: components["schemas"]["PaperReading"] | null;
            form: number;
            same: boolean;
            second: components["schemas"]["PaperReading"] | null;
        };
        PaperFormComparisonInput: {
            first: components["schemas"]["PaperReadingInput"] | null;
            form: number;
            same: boolean;
            second: components["schemas"]["PaperReadingInput"] | null;
        };
        PaperReading: {
            choice: components["schemas"]["StoredChoice"];
        } | {
            /** @enum {boolean} */
            spoilt: true;
        };
        PaperReadingInput: {
            choice: components["schemas"]["StoredChoiceInput"];
        } | {
            /** @enum {boolean} */
            spoilt: true;
        };
        Phase: {
            endsOn: string | null;
            id: string;
            key: string;
            startsOn: string | null;
            /** @enum {string} */
            status: "upcoming" | "active" | "done";
            title: {
                en: string;
                vi: string;
            };
        };
        PhaseInput: {
            endsOn: string | null;
            id: string;
            key: string;
            startsOn: string | null;
            /** @enum {string} */
            status: "upcoming" | "active" | "done";
            title: {
                en: string;
                vi: string;
            };
        };
        PlanAction: {
            budgetPlanned: number | null;
            budgetSource: string | null;
            budgetSpent: number | null;
            code: string;
            coordinatorIds: string[];
            dueOn: string;
            id: string;
            kpis: {
                baseline: number;
                /** @enum {string} */
                direction: "increase" | "decrease";
                indicator: {
                    index: string;
                    key: string;
                } | null;
                key: string;
                target: number;
                title: {
                    en: string;
                    vi: string;
                };
                unit: string;
            }[];
            leadAgencyId: string;
            objectiveId: string;
            priorityArea: string | null;
            recommendations: {
                consultationId: string;
                optionKey: string;
            }[];
            startsOn: string;
            title: {
                en: string;
                vi: string;
            };
            weight: number | null;
        };
        PlanActionInput: {
            budgetPlanned: number | null;
            budgetSource: string | null;
            budgetSpent: number | null;
            code: string;
            coordinatorIds: string[];
            dueOn: string;
            id: string;
            kpis: {
                baseline: number;
                /** @enum {string} */
                direction: "increase" | "decrease";
                indicator: {
                    index: string;
                    key: string;
                } | null;
                key: string;
                target: number;
                title: {
                    en: string;
                    vi: string;
                };
                unit: string;
            }[];
            leadAgencyId: string;
            objectiveId: string;
            priorityArea: string | null;
            recommendations: {
                consultationId: string;
                optionKey: string;
            }[];
            startsOn: string;
            title: {
                en: string;
                vi: string;
            };
            weight: number | null;
        };
        PlanActionState: {
            budgetPlanned: number | null;
            budgetSource: string | null;
            budgetSpent: number | null;
            code: string;
            coordinatorIds: string[];
            dueOn: string;
            expected: number;
            id: string;
            kpis: components["schemas"]["PlanKpi"][];
            lastPeriod: string | null;
            leadAgencyId: string;
            objectiveId: string;
            priorityArea: string | null;
            progress: number;
            recommendations: {
                consultationId: string;
                optionKey: string;
            }[];
            startsOn: string;
            /** @enum {string} */
            status: "done" | "not-started" | "green" | "amber" | "red";
            title: {
                en: string;
                vi: string;
            };
            weight: number | null;
        };
        PlanActionStateInput: {
            budgetPlanned: number | null;
            budgetSource: string | null;
            budgetSpent: number | null;
            code: string;
            coordinatorIds: string[];
            dueOn: string;
            expected: number;
            id: string;
            kpis: components["schemas"]["PlanKpiInput"][];
            lastPeriod: string | null;
            leadAgencyId: string;
            objectiveId: string;
            priorityArea: string | null;
            progress: number;
            recommendations: {
                consultationId: string;
                optionKey: string;
            }[];
            startsOn: string;
            /** @enum {string} */
            status: "done" | "not-started" | "green" | "amber" | "red";
            title: {
                en: string;
                vi: string;
            };
            weight: number | null;
        };
        PlanEvidence: {
            createdAt: string;
            fileName: string;
            id: string;
            mediaType: string;
            sha256: string;
            size: number;
        };
        PlanEvidenceInput: {
            createdAt: string;
            fileName: string;
            id: string;
            mediaType: string;
            sha256: string;
            size: number;
        };
        PlanImportOutcome: {
            actions: {
                created: number;
                unchanged: number;
                updated: number;
            };
            reports: {
                created: number;
                unchanged: number;
                updated: number;
            };
        };
        PlanImportOutcomeInput: {
            actions: {
                created: number;
                unchanged: number;
                updated: number;
            };
            reports: {
                created: number;
                unchanged: number;
                updated: number;
            };
        };
        PlanKpi: {
            attainment: number | null;
            baseline: number;
            /** @enum {string} */
            direction: "increase" | "decrease";
            indicator: {
                index: string;
                key: string;
            } | null;
            key: string;
            series: {
                period: string;
                value: number;
            }[];
            target: number;
            title: {
                en: string;
                vi: string;
            };
            unit: string;
            value: number | null;
        };
        PlanKpiInput: {
            attainment: number | null;
            baseline: number;
            /** @enum {string} */
            direction: "increase" | "decrease";
            indicator: {
                index: string;
                key: string;
            } | null;
            key: string;
            series: {
                period: string;
                value: number;
            }[];
            target: number;
            title: {
                en: string;
                vi: string;
            };
            unit: string;
            value: number | null;
        };
        PlanObjective: {
            code: string;
            id: string;
            planId: string;
            position: number;
            priorityArea: string | null;
            title: {
                en: string;
                vi: string;
            };
            weight: number | null;
        };
        PlanObjectiveInput: {
            code: string;
            id: string;
            planId: string;
            position: number;
            priorityArea: string | null;
            title: {
                en: string;
                vi: string;
            };
            weight: number | null;
        };
        PlanObjectiveState: {
            actions: components["schemas"]["PlanActionState"][];
            code: string;
            expected: number;
            id: string;
            priorityArea: string | null;
            progress: number;
            /** @enum {string} */
            status: "done" | "not-started" | "green" | "amber" | "red";
            title: {
                en: string;
                vi: string;
            };
            weight: number | null;
        };
        PlanObjectiveStateInput: {
            actions: components["schemas"]["PlanActionStateInput"][];
            code: string;
            expected: number;
            id: string;
            priorityArea: string | null;
            progress: number;
            /** @enum {string} */
            status: "done" | "not-started" | "green" | "amber" | "red";
            title: {
                en: string;
                vi: string;
            };
            weight: number | null;
        };
        PlanReminder: {
            actionId: string;
            code: string;
            deadline: string;
            /** @enum {string} */
            kind: "report-overdue" | "report-due" | "action-overdue";
            period: string | null;
            title: {
                en: string;
                vi: string;
            };
        };
        PlanReminderInput: {
            actionId: string;
            code: string;
            deadline: string;
            /** @enum {string} */
            kind: "report-overdue" | "report-due" | "action-overdue";
            period: string | null;
            title: {
                en: string;
                vi: string;
            };
        };
        PlanReport: {
            actionId: string;
            id: string;
            kpiValues: {
                [key: string]: number;
            };
            narrative: string;
            percent: number;
            period: string;
            statusNote: string;
            submittedOn: string;
        };
        PlanReportInput: {
            actionId: string;
            id: string;
            kpiValues: {
                [key: string]: number;
            };
            narrative: string;
            percent: number;
            period: string;
            statusNote: string;
            submittedOn: string;
        };
        PlanScorecard: {
            actions: number;
            actionsOnTrack: number;
            agencyId: string;
            agencyName: {
                en: string;
                vi: string;
            };
            kpiAttainment: number | null;
            onTimeRate: number | null;
            overdue: number;
            period: string;
            reportsDue: number;
            reportsOnTime: number;
        };
        PlanScorecardInput: {
            actions: number;
            actionsOnTrack: number;
            agencyId: string;
            agencyName: {
                en: string;
                vi: string;
            };
            kpiAttainment: number | null;
            onTimeRate: number | null;
            overdue: number;
            period: string;
            reportsDue: number;
            reportsOnTime: number;
        };
        PlanSummary: {
            graceDays: number;
            id: string;
            public: boolean;
            /** @enum {string} */
            reportingPeriod: "monthly" | "quarterly";
            spaceId: string;
            summary: {
                en: string;
                vi: string;
            };
            title: {
                en: string;
                vi: string;
            };
        };
        PlanSummaryInput: {
            graceDays: number;
            id: string;
            public: boolean;
            /** @enum {string} */
            reportingPeriod: "monthly" | "quarterly";
            spaceId: string;
            summary: {
                en: string;
                vi: string;
            };
            title: {
                en: string;
                vi: string;
            };
        };
        PlanView: {
            agencies: {
                id: string;
                name: {
                    en: string;
                    vi: string;
                };
            }[];
            expected: number;
            graceDays: number;
            id: string;
            objectives: components["schemas"]["PlanObjectiveState"][];
            permissions: {
                manage: boolean;
                reportOn: string[];
            };
            progress: number;
            public: boolean;
            /** @enum {string} */
            reportingPeriod: "monthly" | "quarterly";
            spaceId: string;
            /** @enum {string} */
            status: "done" | "not-started" | "green" | "amber" | "red";
            summary: {
                en: string;
                vi: string;
            };
            title: {
                en: string;
                vi: string;
            };
            today: string;
        };
        PlanViewInput: {
            agencies: {
                id: string;
                name: {
                    en: string;
                    vi: string;
                };
            }[];
            expected: number;
            graceDays: number;
            id: string;
            objectives: components["schemas"]["PlanObjectiveStateInput"][];
            permissions: {
                manage: boolean;
                reportOn: string[];
            };
            progress: number;
            public: boolean;
            /** @enum {string} */
            reportingPeriod: "monthly" | "quarterly";
            spaceId: string;
            /** @enum {string} */
            status: "done" | "not-started" | "green" | "amber" | "red";
            summary: {
                en: string;
                vi: string;
            };
            title: {
                en: string;
                vi: string;
            };
            today: string;
        };
        PriorityAlternative: {
            key: string;
            title: {
                en: string;
                vi: string;
            };
        };
        PriorityAlternativeInput: {
            key: string;
            title: {
                en: string;
                vi: string;
            };
        };
        PriorityCriterion: {
            /** @enum {string} */
            direction: "benefit" | "cost";
            group?: string | null;
            key: string;
            /** @enum {string} */
            kind: "evidence-gap" | "stakeholder-support" | "custom";
            title: {
                en: string;
                vi: string;
            };
            values?: {
                [key: string]: number;
            };
        };
        PriorityCriterionInput: {
            /** @enum {string} */
            direction: "benefit" | "cost";
            group?: string | null;
            key: string;
            /** @enum {string} */
            kind: "evidence-gap" | "stakeholder-support" | "custom";
            title: {
                en: string;
                vi: string;
            };
            values?: {
                [key: string]: number;
            };
        };
        PriorityEvidence: {
            areas: {
                area: string;
                coverage: components["schemas"]["EvidenceCoverage"];
                en: string;
                need: number | null;
                unavailable: {
                    en: string;
                    /** @enum {string} */
                    index: "PCI" | "PAPI" | "PGI" | "GSO";
                    key: string;
                    vi: string;
                }[];
                used: {
                    /** @description true for an official statistic (the need itself), false for an index figure (its governance) */
                    direct: boolean;
                    en: string;
                    /** @enum {string} */
                    index: "PCI" | "PAPI" | "PGI" | "GSO";
                    key: string;
                    /**
                     * @description which side of the figure means more need
                     * @enum {string}
                     */
                    need: "higher" | "lower";
                    /** @description national percentile oriented so that 100 = least need */
                    percentile: number;
                    value: number;
                    vi: string;
                    weight: number;
                    year: number;
                }[];
                vi: string;
            }[];
            editions: {
                /** @enum {string} */
                index: "PCI" | "PAPI" | "PGI";
                source: components["schemas"]["EditionSource"];
                year: number;
            }[];
            locality: components["schemas"]["LocalityDetail"];
            method: {
                en: string;
                vi: string;
            };
            unit: 63 | 34;
            year: number | null;
        };
        PriorityEvidenceCoverage: {
            /** @enum {string} */
            basis: "direct" | "mixed" | "governance-only" | "none";
            direct: number;
            directShare: number | null;
            figures: number;
            governance: number;
            latestYear: number | null;
            oldestYear: number | null;
            unavailable: number;
        };
        PriorityEvidenceCoverageInput: {
            /** @enum {string} */
            basis: "direct" | "mixed" | "governance-only" | "none";
            direct: number;
            directShare: number | null;
            figures: number;
            governance: number;
            latestYear: number | null;
            oldestYear: number | null;
            unavailable: number;
        };
        PriorityEvidenceFigure: {
            /** @description true: an official statistic measuring the need; false: an index figure on its governance */
            direct?: boolean;
            en: string;
            /** @description PCI, PAPI, PGI, or GSO for an official statistic */
            index: string;
            key: string;
            percentile: number;
            value: number;
            vi: string;
            weight?: number;
            year: number;
        };
        PriorityEvidenceFigureInput: {
            /** @description true: an official statistic measuring the need; false: an index figure on its governance */
            direct?: boolean;
            en: string;
            /** @description PCI, PAPI, PGI, or GSO for an official statistic */
            index: string;
            key: string;
            percentile: number;
            value: number;
            vi: string;
            weight?: number;
            year: number;
        };
        PriorityEvidenceInput: {
            areas: {
                area: string;
                coverage: components["schemas"]["EvidenceCoverageInput"];
                en: string;
                need: number | null;
                unavailable: {
                    en: string;
                    /** @enum {string} */
                    index: "PCI" | "PAPI" | "PGI" | "GSO";
                    key: string;
                    vi: string;
                }[];
                used: {
                    /** @description true for an official statistic (the need itself), false for an index figure (its governance) */
                    direct: boolean;
                    en: string;
                    /** @enum {string} */
                    index: "PCI" | "PAPI" | "PGI" | "GSO";
                    key: string;
                    /**
                     * @description which side of the figure means more need
                     * @enum {string}
                     */
                    need: "higher" | "lower";
                    /** @description national percentile oriented so that 100 = least need */
                    percentile: number;
                    value: number;
                    vi: string;
                    weight: number;
                    year: number;
                }[];
                vi: string;
            }[];
            editions: {
                /** @enum {string} */
                index: "PCI" | "PAPI" | "PGI";
                source: components["schemas"]["EditionSourceInput"];
                year: number;
            }[];
            locality: components["schemas"]["LocalityDetailInput"];
            method: {
                en: string;
                vi: string;
            };
            unit: 63 | 34;
            year: number | null;
        };
        PriorityExercise: {
            alternatives: components["schemas"]["PriorityAlternative"][];
            consultationId: string | null;
            createdAt: string;
            criteria: components["schemas"]["PriorityCriterion"][];
            id: string;
            localityCode: string;
            permissions: {
                answer: boolean;
                edit: boolean;
            };
            scenarios: components["schemas"]["PriorityScenario"][];
            spaceId: string;
            title: {
                en: string;
                vi: string;
            };
            updatedAt: string;
            year: number | null;
        };
        PriorityExerciseInput: {
            alternatives: components["schemas"]["PriorityAlternativeInput"][];
            consultationId: string | null;
            createdAt: string;
            criteria: components["schemas"]["PriorityCriterionInput"][];
            id: string;
            localityCode: string;
            permissions: {
                answer: boolean;
                edit: boolean;
            };
            scenarios: components["schemas"]["PriorityScenarioInput"][];
            spaceId: string;
            title: {
                en: string;
                vi: string;
            };
            updatedAt: string;
            year: number | null;
        };
        PriorityExerciseSummary: {
            id: string;
            localityCode: string;
            title: {
                en: string;
                vi: string;
            };
            updatedAt: string;
            year: number | null;
        };
        PriorityExerciseSummaryInput: {
            id: string;
            localityCode: string;
            title: {
                en: string;
                vi: string;
            };
            updatedAt: string;
            year: number | null;
        };
        PriorityJudgments: {
            combined: {
                ci: number;
                cr: number;
                lambdaMax: number;
                revisit: {
                    given: number;
                    implied: number;
                    pair: string;
                }[];
                weights: {
                    [key: string]: number;
                };
            } | null;
            criteria: string[];
            mine: {
                [key: string]: number;
            } | null;
            officials: components["schemas"]["PriorityOfficial"][];
        };
        PriorityJudgmentsInput: {
            combined: {
                ci: number;
                cr: number;
                lambdaMax: number;
                revisit: {
                    given: number;
                    implied: number;
                    pair: string;
                }[];
                weights: {
                    [key: string]: number;
                };
            } | null;
            criteria: string[];
            mine: {
                [key: string]: number;
            } | null;
            officials: components["schemas"]["PriorityOfficialInput"][];
        };
        PriorityMatrix: {
            alternatives: components["schemas"]["PriorityAlternative"][];
            criteria: components["schemas"]["PriorityCriterion"][];
            sources: components["schemas"]["PrioritySource"][];
            values: (number | null)[][];
        };
        PriorityMatrixInput: {
            alternatives: components["schemas"]["PriorityAlternativeInput"][];
            criteria: components["schemas"]["PriorityCriterionInput"][];
            sources: components["schemas"]["PrioritySourceInput"][];
            values: (number | null)[][];
        };
        PriorityOfficial: {
            cr: number;
            name: string;
            updatedAt: string;
            userId: string;
            weights: {
                [key: string]: number;
            };
        };
        PriorityOfficialInput: {
            cr: number;
            name: string;
            updatedAt: string;
            userId: string;
            weights: {
                [key: string]: number;
            };
        };
        PriorityResults: {
            agreement: {
                firstSame: boolean;
                kendallTau?: number;
            };
            matrix: components["schemas"]["PriorityMatrix"];
            scenarios: components["schemas"]["PriorityScenarioResult"][];
        };
        PriorityResultsInput: {
            agreement: {
                firstSame: boolean;
                kendallTau?: number;
            };
            matrix: components["schemas"]["PriorityMatrixInput"];
            scenarios: components["schemas"]["PriorityScenarioResultInput"][];
        };
        PriorityScenario: {
            key: string;
            /** @enum {string} */
            method: "topsis" | "weighted-sum";
            title: {
                en: string;
                vi: string;
            };
            weights: "ahp" | {
                [key: string]: number;
            };
        };
        PriorityScenarioInput: {
            key: string;
            /** @enum {string} */
            method: "topsis" | "weighted-sum";
            title: {
                en: string;
                vi: string;
            };
            weights: "ahp" | {
                [key: string]: number;
            };
        };
        PriorityScenarioResult: {
            acceptability: {
                [key: string]: number[];
            };
            consistency?: {
                cr: number;
                officials: number;
            };
            contributions: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            explanation: {
                [key: string]: {
                    en: string;
                    vi: string;
                };
            };
            key: string;
            /** @enum {string} */
            method: "topsis" | "weighted-sum";
            ranking: string[];
            scores: {
                [key: string]: number;
            };
            sensitivity: components["schemas"]["PrioritySensitivity"][];
            title: {
                en: string;
                vi: string;
            };
            weights: {
                [key: string]: number;
            };
            /** @enum {string} */
            weightSource: "ahp" | "direct";
        };
        PriorityScenarioResultInput: {
            acceptability: {
                [key: string]: number[];
            };
            consistency?: {
                cr: number;
                officials: number;
            };
            contributions: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            explanation: {
                [key: string]: {
                    en: string;
                    vi: string;
                };
            };
            key: string;
            /** @enum {string} */
            method: "topsis" | "weighted-sum";
            ranking: string[];
            scores: {
                [key: string]: number;
            };
            sensitivity: components["schemas"]["PrioritySensitivityInput"][];
            title: {
                en: string;
                vi: string;
            };
            weights: {
                [key: string]: number;
            };
            /** @enum {string} */
            weightSource: "ahp" | "direct";
        };
        PrioritySensitivity: {
            criterion: string;
            first: (number)[];
            top3: (number)[];
            weight: number;
        };
        PrioritySensitivityInput: {
            criterion: string;
            first: (number)[];
            top3: (number)[];
            weight: number;
        };
        PrioritySource: {
            consultation?: {
                ballots: number;
                group: string | null;
                id: string;
                method: string;
                title: {
                    en: string;
                    vi: string;
                };
            };
            /** @description evidence gap: per area, the figures behind the value; basis governance-only = a governance proxy alone, not a measured need */
            coverage?: {
                [key: string]: components["schemas"]["PriorityEvidenceCoverage"];
            };
            criterion: string;
            description: {
                en: string;
                vi: string;
            };
            evidence?: {
                [key: string]: components["schemas"]["PriorityEvidenceFigure"][];
            };
            /** @enum {string} */
            kind: "evidence-gap" | "stakeholder-support" | "custom";
        };
        PrioritySourceInput: {
            consultation?: {
                ballots: number;
                group: string | null;
                id: string;
                method: string;
                title: {
                    en: string;
                    vi: string;
                };
            };
            /** @description evidence gap: per area, the figures behind the value; basis governance-only = a governance proxy alone, not a measured need */
            coverage?: {
                [key: string]: components["schemas"]["PriorityEvidenceCoverageInput"];
            };
            criterion: string;
            description: {
                en: string;
                vi: string;
            };
            evidence?: {
                [key: string]: components["schemas"]["PriorityEvidenceFigureInput"][];
            };
            /** @enum {string} */
            kind: "evidence-gap" | "stakeholder-support" | "custom";
        };
        Profile: {
            indices: components["schemas"]["ProfileIndex"][];
            locality: components["schemas"]["LocalityDetail"];
            unit: 63 | 34;
        };
        ProfileIndex: {
            en: string;
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI";
            /** @description editions with no row for the province (left blank by the publisher) */
            missingYears: number[];
            trend: {
                change: number;
                from: {
                    value: number;
                    year: number;
                };
                methodBreaks: number[];
                points: number;
                slopePerYear: number | null;
                to: {
                    value: number;
                    year: number;
                };
            } | null;
            vi: string;
            years: components["schemas"]["ProfileYear"][];
        };
        ProfileIndexInput: {
            en: string;
            /** @enum {string} */
            index: "PCI" | "PAPI" | "PGI";
            /** @description editions with no row for the province (left blank by the publisher) */
            missingYears: number[];
            trend: {
                change: number;
                from: {
                    value: number;
                    year: number;
                };
                methodBreaks: number[];
                points: number;
                slopePerYear: number | null;
                to: {
                    value: number;
                    year: number;
                };
            } | null;
            vi: string;
            years: components["schemas"]["ProfileYearInput"][];
        };
        ProfileInput: {
            indices: components["schemas"]["ProfileIndexInput"][];
            locality: components["schemas"]["LocalityDetailInput"];
            unit: 63 | 34;
        };
        ProfileYear: {
            dimensions: {
                best: number;
                bestCodes: string[];
                en: string;
                gapToBest: number;
                gapToRegionalMedian: number;
                key: string;
                nationalPercentile: number;
                nationalRank: number;
                regionalMedian: number;
                regionalPercentile: number;
                value: number;
                vi: string;
            }[];
            national: {
                of: number;
                percentile: number;
                rank: number;
            } | null;
            nationalMedian: number | null;
            regional: {
                of: number;
                percentile: number;
                rank: number;
            } | null;
            regionalMedian: number | null;
            score: number | null;
            source: components["schemas"]["EditionSource"];
            /** @description the three dimensions with the lowest national percentile */
            weakest: string[];
            year: number;
        };
        ProfileYearInput: {
            dimensions: {
                best: number;
                bestCodes: string[];
                en: string;
                gapToBest: number;
                gapToRegionalMedian: number;
                key: string;
                nationalPercentile: number;
                nationalRank: number;
                regionalMedian: number;
                regionalPercentile: number;
                value: number;
                vi: string;
            }[];
            national: {
                of: number;
                percentile: number;
                rank: number;
            } | null;
            nationalMedian: number | null;
            regional: {
                of: number;
                percentile: number;
                rank: number;
            } | null;
            regionalMedian: number | null;
            score: number | null;
            source: components["schemas"]["EditionSourceInput"];
            /** @description the three dimensions with the lowest national percentile */
            weakest: string[];
            year: number;
        };
        ProvinceStatistics: {
            datasets: {
                /**
                 * @description sum: a count, summed onto the 34; rate: weighted onto the 34 by its declared denominator, refused when that is not held
                 * @enum {string}
                 */
                aggregation: "sum" | "rate";
                /** @description breaks in the series: figures from `year` on are not comparable with those before; a trend must not join them */
                breaks: {
                    why: {
                        en: string;
                        vi: string;
                    };
                    year: number;
                }[];
                definition: {
                    en: string;
                    vi: string;
                };
                /** @enum {string} */
                direction: "higher-better" | "higher-worse" | "neutral";
                key: string;
                latest: {
                    /** @description from a "Pre. 2016" column: GSO may revise it */
                    preliminary: boolean;
                    value: number;
                    year: number;
                } | null;
                licence: {
                    en: string;
                    vi: string;
                };
                /** @description how the 34 were formed from the 63 (only with unit=34) */
                method?: {
                    en: string;
                    vi: string;
                };
                name: {
                    en: string;
                    vi: string;
                };
                /** @description the province's figures, year by year */
                points: {
                    /** @description from a "Pre. 2016" column: GSO may revise it */
                    preliminary: boolean;
                    value: number;
                    year: number;
                }[];
                /** @description the points cut at the dataset's breaks: a trend joins the points of one segment only */
                segments: {
                    from: number;
                    to: number;
                }[];
                source: {
                    en: string;
                    vi: string;
                };
                unit: {
                    en: string;
                    vi: string;
                };
            }[];
            locality: {
                code: string;
                name: string;
            };
            unit: 63 | 34;
            /** @description rates held for the 63 and not carried onto the 34 without their denominators */
            withheld: {
                key: string;
                name: {
                    en: string;
                    vi: string;
                };
            }[];
        };
        ProvinceStatisticsInput: {
            datasets: {
                /**
                 * @description sum: a count, summed onto the 34; rate: weighted onto the 34 by its declared denominator, refused when that is not held
                 * @enum {string}
                 */
                aggregation: "sum" | "rate";
                /** @description breaks in the series: figures from `year` on are not comparable with those before; a trend must not join them */
                breaks: {
                    why: {
                        en: string;
                        vi: string;
                    };
                    year: number;
                }[];
                definition: {
                    en: string;
                    vi: string;
                };
                /** @enum {string} */
                direction: "higher-better" | "higher-worse" | "neutral";
                key: string;
                latest: {
                    /** @description from a "Pre. 2016" column: GSO may revise it */
                    preliminary: boolean;
                    value: number;
                    year: number;
                } | null;
                licence: {
                    en: string;
                    vi: string;
                };
                /** @description how the 34 were formed from the 63 (only with unit=34) */
                method?: {
                    en: string;
                    vi: string;
                };
                name: {
                    en: string;
                    vi: string;
                };
                /** @description the province's figures, year by year */
                points: {
                    /** @description from a "Pre. 2016" column: GSO may revise it */
                    preliminary: boolean;
                    value: number;
                    year: number;
                }[];
                /** @description the points cut at the dataset's breaks: a trend joins the points of one segment only */
                segments: {
                    from: number;
                    to: number;
                }[];
                source: {
                    en: string;
                    vi: string;
                };
                unit: {
                    en: string;
                    vi: string;
                };
            }[];
            locality: {
                code: string;
                name: string;
            };
            unit: 63 | 34;
            /** @description rates held for the 63 and not carried onto the 34 without their denominators */
            withheld: {
                key: string;
                name: {
                    en: string;
                    vi: string;
                };
            }[];
        };
        Region: {
            en: string;
            /** @enum {string} */
            key: "northern-midlands-mountains" | "red-river-delta" | "north-central-central-coast" | "central-highlands" | "southeast" | "mekong-delta";
            vi: string;
        };
        RegionInput: {
            en: string;
            /** @enum {string} */
            key: "northern-midlands-mountains" | "red-river-delta" | "north-central-central-coast" | "central-highlands" | "southeast" | "mekong-delta";
            vi: string;
        };
        SpaceDetail: {
            currentPhase: components["schemas"]["Phase"] | null;
            description: {
                en: string;
                vi: string;
            };
            id: string;
            illustrative: boolean;
            /** @enum {string} */
            kind: "priority-setting" | "cluster-conference" | "forum" | "linkage" | "monitoring" | "devolution";
            locality: {
                code: string;
                name: string;
            } | null;
            /** @enum {string|null} */
            myRole: "administrator" | "facilitator" | "official" | "delegate" | "observer" | null;
            phases: components["schemas"]["Phase"][];
            slug: string;
            summary: {
                en: string;
                vi: string;
            };
            title: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            visibility: "public" | "private";
        };
        SpaceDetailInput: {
            currentPhase: components["schemas"]["PhaseInput"] | null;
            description: {
                en: string;
                vi: string;
            };
            id: string;
            illustrative: boolean;
            /** @enum {string} */
            kind: "priority-setting" | "cluster-conference" | "forum" | "linkage" | "monitoring" | "devolution";
            locality: {
                code: string;
                name: string;
            } | null;
            /** @enum {string|null} */
            myRole: "administrator" | "facilitator" | "official" | "delegate" | "observer" | null;
            phases: components["schemas"]["PhaseInput"][];
            slug: string;
            summary: {
                en: string;
                vi: string;
            };
            title: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            visibility: "public" | "private";
        };
        SpacePermissions: {
            manageMembers: boolean;
            readAudit: boolean;
            readMembers: boolean;
            update: boolean;
        };
        SpacePermissionsInput: {
            manageMembers: boolean;
            readAudit: boolean;
            readMembers: boolean;
            update: boolean;
        };
        SpaceSummary: {
            currentPhase: components["schemas"]["Phase"] | null;
            id: string;
            illustrative: boolean;
            /** @enum {string} */
            kind: "priority-setting" | "cluster-conference" | "forum" | "linkage" | "monitoring" | "devolution";
            locality: {
                code: string;
                name: string;
            } | null;
            /** @enum {string|null} */
            myRole: "administrator" | "facilitator" | "official" | "delegate" | "observer" | null;
            slug: string;
            summary: {
                en: string;
                vi: string;
            };
            title: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            visibility: "public" | "private";
        };
        SpaceSummaryInput: {
            currentPhase: components["schemas"]["PhaseInput"] | null;
            id: string;
            illustrative: boolean;
            /** @enum {string} */
            kind: "priority-setting" | "cluster-conference" | "forum" | "linkage" | "monitoring" | "devolution";
            locality: {
                code: string;
                name: string;
            } | null;
            /** @enum {string|null} */
            myRole: "administrator" | "facilitator" | "official" | "delegate" | "observer" | null;
            slug: string;
            summary: {
                en: string;
                vi: string;
            };
            title: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            visibility: "public" | "private";
        };
        Stability: {
            ballots: number;
            computedAt: string;
            failed: number;
            rankInterval90: {
                [key: string]: (number)[];
            };
            rankShares: {
                [key: string]: number[];
            };
            resamples: number;
            seed: number;
            topSame: {
                k: number;
                share: number;
            }[];
        };
        StabilityInput: {
            ballots: number;
            computedAt: string;
            failed: number;
            rankInterval90: {
                [key: string]: (number)[];
            };
            rankShares: {
                [key: string]: number[];
            };
            resamples: number;
            seed: number;
            topSame: {
                k: number;
                share: number;
            }[];
        };
        StatisticDataset: {
            /**
             * @description sum: a count, summed onto the 34; rate: weighted onto the 34 by its declared denominator, refused when that is not held
             * @enum {string}
             */
            aggregation: "sum" | "rate";
            /** @description breaks in the series: figures from `year` on are not comparable with those before; a trend must not join them */
            breaks: {
                why: {
                    en: string;
                    vi: string;
                };
                year: number;
            }[];
            definition: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            direction: "higher-better" | "higher-worse" | "neutral";
            key: string;
            licence: {
                en: string;
                vi: string;
            };
            name: {
                en: string;
                vi: string;
            };
            source: {
                en: string;
                vi: string;
            };
            unit: {
                en: string;
                vi: string;
            };
        };
        StatisticDatasetInput: {
            /**
             * @description sum: a count, summed onto the 34; rate: weighted onto the 34 by its declared denominator, refused when that is not held
             * @enum {string}
             */
            aggregation: "sum" | "rate";
            /** @description breaks in the series: figures from `year` on are not comparable with those before; a trend must not join them */
            breaks: {
                why: {
                    en: string;
                    vi: string;
                };
                year: number;
            }[];
            definition: {
                en: string;
                vi: string;
            };
            /** @enum {string} */
            direction: "higher-better" | "higher-worse" | "neutral";
            key: string;
            licence: {
                en: string;
                vi: string;
            };
            name: {
                en: string;
                vi: string;
            };
            source: {
                en: string;
                vi: string;
            };
            unit: {
                en: string;
                vi: string;
            };
        };
        StatisticDatasets: {
            datasets: {
                /**
                 * @description sum: a count, summed onto the 34; rate: weighted onto the 34 by its declared denominator, refused when that is not held
                 * @enum {string}
                 */
                aggregation: "sum" | "rate";
                /** @description breaks in the series: figures from `year` on are not comparable with those before; a trend must not join them */
                breaks: {
                    why: {
                        en: string;
                        vi: string;
                    };
                    year: number;
                }[];
                definition: {
                    en: string;
                    vi: string;
                };
                /** @enum {string} */
                direction: "higher-better" | "higher-worse" | "neutral";
                key: string;
                licence: {
                    en: string;
                    vi: string;
                };
                name: {
                    en: string;
                    vi: string;
                };
                source: {
                    en: string;
                    vi: string;
                };
                unit: {
                    en: string;
                    vi: string;
                };
                years: {
                    localities: number;
                    preliminary: boolean;
                    year: number;
                }[];
            }[];
        };
        StatisticDatasetsInput: {
            datasets: {
                /**
                 * @description sum: a count, summed onto the 34; rate: weighted onto the 34 by its declared denominator, refused when that is not held
                 * @enum {string}
                 */
                aggregation: "sum" | "rate";
                /** @description breaks in the series: figures from `year` on are not comparable with those before; a trend must not join them */
                breaks: {
                    why: {
                        en: string;
                        vi: string;
                    };
                    year: number;
                }[];
                definition: {
                    en: string;
                    vi: string;
                };
                /** @enum {string} */
                direction: "higher-better" | "higher-worse" | "neutral";
                key: string;
                licence: {
                    en: string;
                    vi: string;
                };
                name: {
                    en: string;
                    vi: string;
                };
                source: {
                    en: string;
                    vi: string;
                };
                unit: {
                    en: string;
                    vi: string;
                };
                years: {
                    localities: number;
                    preliminary: boolean;
                    year: number;
                }[];
            }[];
        };
        StatisticsImportReport: {
            changed: boolean;
            datasets: {
                changedYears: number[];
                key: string;
                localities: number;
                name: {
                    en: string;
                    vi: string;
                };
                /** @enum {string} */
                outcome: "created" | "replaced" | "unchanged";
                unit: {
                    en: string;
                    vi: string;
                };
                years: number[];
            }[];
            file: string;
            setAside: {
                en: string;
                line: number;
                name: string;
                vi: string;
            }[];
            sha256: string;
            title: string;
        };
        StatisticsImportReportInput: {
            changed: boolean;
            datasets: {
                changedYears: number[];
                key: string;
                localities: number;
                name: {
                    en: string;
                    vi: string;
                };
                /** @enum {string} */
                outcome: "created" | "replaced" | "unchanged";
                unit: {
                    en: string;
                    vi: string;
                };
                years: number[];
            }[];
            file: string;
            setAside: {
                en: string;
                line: number;
                name: string;
                vi: string;
            }[];
            sha256: string;
            title: string;
        };
        StatisticValues: {
            dataset: components["schemas"]["StatisticDataset"];
            /** @description a derived measure: computed on request from two imported datasets, each row with its numerator and denominator */
            derived?: {
                denominator: {
                    key: string;
                    name: {
                        en: string;
                        vi: string;
                    };
                    source: {
                        file: string;
                        importedAt: string;
                        sha256: string;
                    };
                };
                formula: {
                    en: string;
                    vi: string;
                };
                numerator: {
                    key: string;
                    name: {
                        en: string;
                        vi: string;
                    };
                    source: {
                        file: string;
                        importedAt: string;
                        sha256: string;
                    };
                };
            };
            /** @description how the 34 were formed from the 63 (only with unit=34) */
            method?: {
                en: string;
                vi: string;
            };
            /** @description the year came from a "Pre. 2016" column: GSO may revise it */
            preliminary: boolean;
            rows: {
                constituents?: {
                    code: string;
                    name: string;
                }[];
                denominator?: number | null;
                locality: {
                    code: string;
                    name: string;
                };
                missing?: {
                    code: string;
                    name: string;
                }[];
                numerator?: number | null;
                /** @description by the dataset direction: 1 is best (a neutral dataset: largest) */
                rank: number | null;
                value: number | null;
            }[];
            source: {
                file: string;
                importedAt: string;
                sha256: string;
            };
            unit: 63 | 34;
            year: number;
        };
        StatisticValuesInput: {
            dataset: components["schemas"]["StatisticDatasetInput"];
            /** @description a derived measure: computed on request from two imported datasets, each row with its numerator and denominator */
            derived?: {
                denominator: {
                    key: string;
                    name: {
                        en: string;
                        vi: string;
                    };
                    source: {
                        file: string;
                        importedAt: string;
                        sha256: string;
                    };
                };
                formula: {
                    en: string;
                    vi: string;
                };
                numerator: {
                    key: string;
                    name: {
                        en: string;
                        vi: string;
                    };
                    source: {
                        file: string;
                        importedAt: string;
                        sha256: string;
                    };
                };
            };
            /** @description how the 34 were formed from the 63 (only with unit=34) */
            method?: {
                en: string;
                vi: string;
            };
            /** @description the year came from a "Pre. 2016" column: GSO may revise it */
            preliminary: boolean;
            rows: {
                constituents?: {
                    code: string;
                    name: string;
                }[];
                denominator?: number | null;
                locality: {
                    code: string;
                    name: string;
                };
                missing?: {
                    code: string;
                    name: string;
                }[];
                numerator?: number | null;
                /** @description by the dataset direction: 1 is best (a neutral dataset: largest) */
                rank: number | null;
                value: number | null;
            }[];
            source: {
                file: string;
                importedAt: string;
                sha256: string;
            };
            unit: 63 | 34;
            year: number;
        };
        StoredChoice: {
            approve: string[];
        } | {
            ranking: string[][];
        } | {
            scores: {
                [key: string]: number;
            };
        } | {
            pairs: (string)[][];
            skipped: (string)[][];
        };
        StoredChoiceInput: {
            approve: string[];
        } | {
            ranking: string[][];
        } | {
            scores: {
                [key: string]: number;
            };
        } | {
            pairs: (string)[][];
            skipped: (string)[][];
        };
        TallyResult: {
            candidates: string[];
            comparisons?: number;
            method: string;
            pairwise?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            quota?: number;
            ranking: string[][];
            rounds?: {
                elected: string[];
                eliminated: string[];
                exhausted?: number;
                tally: {
                    [key: string]: number;
                };
                transfer?: {
                    exhausted: number;
                    factor?: number;
                    from: string;
                    /** @enum {string} */
                    reason: "surplus" | "elimination";
                    to: {
                        [key: string]: number;
                    };
                };
            }[];
            score?: number;
            scores?: {
                [key: string]: number;
            };
            seats?: number;
            tieBreaks?: {
                among: string[];
                chosen?: string;
                round?: number;
                /** @enum {string} */
                rule: "earlier-rounds" | "candidate-order" | "first-optimal-order";
            }[];
            voters: number;
            weighting?: {
                [key: string]: {
                    declared: number;
                    share: number;
                    voters: number;
                };
            };
            winners: string[];
        } & {
            [key: string]: unknown;
        };
        TallyResultInput: {
            candidates: string[];
            comparisons?: number;
            method: string;
            pairwise?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            quota?: number;
            ranking: string[][];
            rounds?: {
                elected: string[];
                eliminated: string[];
                exhausted?: number;
                tally: {
                    [key: string]: number;
                };
                transfer?: {
                    exhausted: number;
                    factor?: number;
                    from: string;
                    /** @enum {string} */
                    reason: "surplus" | "elimination";
                    to: {
                        [key: string]: number;
                    };
                };
            }[];
            score?: number;
            scores?: {
                [key: string]: number;
            };
            seats?: number;
            tieBreaks?: {
                among: string[];
                chosen?: string;
                round?: number;
                /** @enum {string} */
                rule: "earlier-rounds" | "candidate-order" | "first-optimal-order";
            }[];
            voters: number;
            weighting?: {
                [key: string]: {
                    declared: number;
                    share: number;
                    voters: number;
                };
            };
            winners: string[];
        } & {
            [key: string]: unknown;
        };
        Withheld: {
            fewerThan: number;
            /** @enum {boolean} */
            reveals?: true;
            /** @enum {boolean} */
            withheld: true;
        };
        WithheldInput: {
            fewerThan: number;
            /** @enum {boolean} */
            reveals?: true;
            /** @enum {boolean} */
            withheld: true;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
