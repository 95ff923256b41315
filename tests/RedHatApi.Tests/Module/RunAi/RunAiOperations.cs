namespace RedHatApi.Tests.Module.RunAi;

/// <summary>
/// The Run:ai operations RedHatApi and its sandbox use, as "METHOD template" exactly as the OpenAPI document spells
/// them: one line each. An exchange of any other operation fails the fidelity check, so a new cmdlet's calls are
/// checked from the moment its line is here.
/// </summary>
public static class RunAiOperations
{
    public static readonly string[] All =
    {
        // Tokens.
        "POST /api/v2/token",
        "POST /api/v1/token",

        // Organisation.
        "GET /api/v1/org-unit/projects",
        "POST /api/v1/org-unit/projects",
        "GET /api/v1/org-unit/projects/{projectId}",
        "PUT /api/v1/org-unit/projects/{projectId}",
        "DELETE /api/v1/org-unit/projects/{projectId}",
        "GET /api/v1/org-unit/departments",
        "POST /api/v1/org-unit/departments",
        "GET /api/v1/org-unit/departments/{departmentId}",
        "PUT /api/v1/org-unit/departments/{departmentId}",
        "DELETE /api/v1/org-unit/departments/{departmentId}",

        // Infrastructure.
        "GET /api/v1/clusters",
        "GET /api/v1/clusters/{clusterUuid}",
        "GET /api/v1/nodes",
        "GET /api/v1/clusters/{clusterUuid}/nodes",
        "GET /api/v1/node-pools",

        // Workloads.
        "GET /api/v1/workloads",
        "GET /api/v1/workloads/{workloadId}",
        "GET /api/v1/workloads/{workloadId}/pods",
        "GET /api/v1/workloads/{workloadId}/events",
        "POST /api/v1/workloads/workspaces/{workloadId}/suspend",
        "POST /api/v1/workloads/workspaces/{workloadId}/resume",
        "DELETE /api/v1/workloads/workspaces/{workloadId}",
        "POST /api/v1/workloads/trainings/{workloadId}/suspend",
        "POST /api/v1/workloads/trainings/{workloadId}/resume",
        "DELETE /api/v1/workloads/trainings/{workloadId}",
        "POST /api/v1/workloads/distributed/{workloadId}/suspend",
        "POST /api/v1/workloads/distributed/{workloadId}/resume",
        "DELETE /api/v1/workloads/distributed/{workloadId}",
        "DELETE /api/v1/workloads/inferences/{workloadId}",
        "DELETE /api/v1/workloads/distributed-inferences/{workloadId}",

        // Access.
        "GET /api/v1/users",
        "GET /api/v1/authorization/roles",
        "GET /api/v1/authorization/access-rules",
        "POST /api/v1/authorization/access-rules",
        "GET /api/v1/authorization/access-rules/{accessRuleId}",
        "DELETE /api/v1/authorization/access-rules/{accessRuleId}",
    };

    /// <summary>Answers the document does not describe on purpose, with the reason.</summary>
    public static readonly (string Operation, int Status, string Why)[] Undocumented =
    {
        ("POST /api/v2/token", 404, "a tenant without v2 has no such route; clients fall back to /api/v1/token on it"),
    };

    /// <summary>Paths outside the control-plane document, with the reason.</summary>
    public static readonly (string PathPrefix, string Why)[] OutsideDocument =
    {
        ("/auth/realms/", "the Keycloak realm token endpoint of older tenants is Keycloak's, not the control plane's"),
    };
}
