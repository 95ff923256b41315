using System;
using System.Linq;
using System.Text.Json.Nodes;
using RedHatApi.Tests.Module.RunAi;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>The referee itself: the OpenAPI document is read, and bodies that break its schemas are caught.</summary>
public sealed class RunAiOpenApiTests
{
    private static RunAiOpenApi Spec => RunAiOpenApi.Shared;

    [Fact]
    public void Every_registered_operation_is_in_the_document()
    {
        foreach (var operation in RunAiOperations.All)
        {
            var (method, template) = (operation.Split(' ')[0], operation.Split(' ')[1]);
            Assert.True(Spec.TemplateOf(template) == template, operation + " is not a path of the document");
            Assert.DoesNotContain(Spec.Validate(method, template, null, null), p => p.Contains("not an operation", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_literal_segment_beats_a_parameter_and_unknown_paths_have_no_template()
    {
        Assert.Equal("/api/v1/org-unit/projects/count", Spec.TemplateOf("/api/v1/org-unit/projects/count"));
        Assert.Equal("/api/v1/org-unit/projects/{projectId}", Spec.TemplateOf("/api/v1/org-unit/projects/1042"));
        Assert.Null(Spec.TemplateOf("/api/v1/no-such-thing"));
    }

    [Fact]
    public void A_project_list_that_matches_passes_and_each_break_is_reported()
    {
        const string project = """
            {"id":"1","name":"a","clusterId":"5f6b3c1e-8f43-4a55-9a0e-0c0a1d2e3f40","parentId":"2","description":"","createdAt":"2025-01-01T00:00:00Z",
             "updatedAt":"2025-01-01T00:00:00Z","totalResources":{"gpuQuota":1,"cpuQuota":null},"effective":{},"status":{"phase":"Ready"},
             "enforceRunaiScheduler":true,"resources":[{"gpu":{"deserved":1}}]}
            """;
        Assert.Empty(Spec.Validate("GET", "/api/v1/org-unit/projects", 200, "{\"projects\":[" + project + "],\"next\":1}"));

        var noName = JsonNode.Parse(project)!.AsObject();
        noName.Remove("name");
        Assert.NotEmpty(Spec.Validate("GET", "/api/v1/org-unit/projects", 200, "{\"projects\":[" + noName.ToJsonString() + "]}"));
        Assert.NotEmpty(Spec.Validate("GET", "/api/v1/org-unit/projects", 200, "{\"projects\":[" + project + "],\"next\":\"500\"}"));
        Assert.NotEmpty(Spec.Validate("GET", "/api/v1/org-unit/projects", 200, "{\"next\":1}"));
        Assert.NotEmpty(Spec.Validate("GET", "/api/v1/org-unit/projects", 200, project.Replace("\"Ready\"", "\"Sleeping\"", StringComparison.Ordinal).Insert(0, "{\"projects\":[") + "]}"));
        Assert.NotEmpty(Spec.Validate("GET", "/api/v1/org-unit/projects", 418, "{}"));
    }

    [Fact]
    public void Nullable_fields_take_null_and_others_do_not()
    {
        // totalResources.gpuQuota is nullable; the project's name is not.
        var text = Spec.SchemaText("GET", "/api/v1/org-unit/projects", 200);
        Assert.Contains("/$defs/Project", text, StringComparison.Ordinal);
        Assert.Empty(Spec.Validate("POST", "/api/v1/org-unit/projects", null, """{"name":"a","clusterId":"c","parentId":null,"resources":[]}"""));
        Assert.NotEmpty(Spec.Validate("POST", "/api/v1/org-unit/projects", null, """{"name":null,"clusterId":"c","resources":[]}"""));
        Assert.NotEmpty(Spec.Validate("POST", "/api/v1/org-unit/projects", null, """{"clusterId":"c","resources":[]}"""));
    }

    [Fact]
    public void Token_bodies_are_checked_for_both_endpoints()
    {
        Assert.Empty(Spec.Validate("POST", "/api/v2/token", null, """{"grant_type":"client_credentials","client_id":"a","client_secret":"******"}"""));
        Assert.NotEmpty(Spec.Validate("POST", "/api/v2/token", null, """{"grant_type":"magic"}"""));
        Assert.Empty(Spec.Validate("POST", "/api/v2/token", 200, """{"access_token":"******","token_type":"Bearer","expires_in":60}"""));
        Assert.NotEmpty(Spec.Validate("POST", "/api/v2/token", 200, """{"token_type":"Bearer"}"""));
        Assert.NotEmpty(Spec.Validate("POST", "/api/v2/token", 401, """{"error":"bad_luck"}"""));
        Assert.Empty(Spec.Validate("POST", "/api/v1/token", 200, """{"accessToken":"******","expiresIn":60}"""));
        Assert.NotEmpty(Spec.Validate("POST", "/api/v1/token", 200, """{"accessToken":1}"""));
    }

    [Fact]
    public void An_exchange_of_an_unregistered_operation_is_a_problem()
    {
        var problems = RunAiFidelity.Problems(new[] { new RunAiExchange("GET", "/runai/api/v1/datavolumes", null, 200, "[]") });
        Assert.Contains("not a registered operation", Assert.Single(problems), StringComparison.Ordinal);
        Assert.Empty(RunAiFidelity.Problems(new[] { new RunAiExchange("POST", "/runai/auth/realms/x/protocol/openid-connect/token", "{}", 200, "{}") }));
    }
}
