using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using RedHatApi.Client;
using RedHatApi.Client.RunAi;
using RedHatApi.Errors;
using RedHatApi.Models.RunAi;
using RedHatApi.Paging;
using Xunit;

namespace RedHatApi.Tests.Unit;

/// <summary>The Run:ai workload and access engine without a server: name patterns, per-type routes, roles, queries and maps.</summary>
public sealed class RunAiWorkloadClientTests
{
    private static readonly Uri Tenant = new("https://tenant.run.ai/");

    [Theory]
    [InlineData("train-0001", "name==train-0001")]
    [InlineData("train*", "name=^train")]
    [InlineData("*-0001", "name=$-0001")]
    [InlineData("*bert*", "name=@bert")]
    public void A_name_pattern_becomes_the_Run_ai_operator_that_means_the_same(string pattern, string term) =>
        Assert.Equal(term, RunAiNamePattern.ToTerm("name", pattern));

    [Theory]
    [InlineData("tr*in")]
    [InlineData("t?ain")]
    [InlineData("*")]
    [InlineData("**")]
    public void A_pattern_without_a_Run_ai_operator_is_InvalidParameter_naming_the_forms_that_work(string pattern)
    {
        var ex = Assert.Throws<RedHatApiException>(() => RunAiNamePattern.ToTerm("name", pattern));
        Assert.Equal(ErrorIds.InvalidParameter, ex.ErrorId);
        Assert.Contains("prefix*", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_users_endpoint_takes_only_equals_and_contains()
    {
        string[] operators = { "==", "=@" };
        Assert.Equal("username=@alice", RunAiNamePattern.ToTerm("username", "*alice*", operators));
        var ex = Assert.Throws<RedHatApiException>(() => RunAiNamePattern.ToTerm("username", "alice*", operators));
        Assert.DoesNotContain("prefix*", ex.Message, StringComparison.Ordinal);
        Assert.Contains("*part*", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Training", "suspend", "POST", "api/v1/workloads/trainings/{0}/suspend")]
    [InlineData("Workspace", "resume", "POST", "api/v1/workloads/workspaces/{0}/resume")]
    [InlineData("distributed", "suspend", "POST", "api/v1/workloads/distributed/{0}/suspend")]
    [InlineData("Inference", null, "DELETE", "api/v1/workloads/inferences/{0}")]
    [InlineData("DistributedInference", null, "DELETE", "api/v1/workloads/distributed-inferences/{0}")]
    public void Each_workload_type_is_acted_on_at_its_own_route(string type, string? action, string method, string path)
    {
        var id = Guid.NewGuid();
        var request = Client().WorkloadActionRequest(type, id, action);
        Assert.Equal(method, request.Method.Method);
        Assert.Equal(new Uri(Tenant, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id)), request.Url);
    }

    [Theory]
    [InlineData("Inference", "suspend")]
    [InlineData("DistributedInference", "resume")]
    [InlineData("runai-job", "suspend")]
    [InlineData("runai-job", null)]
    public void A_type_without_the_endpoint_is_a_per_input_RunAiWorkloadActionUnsupported_before_anything_is_sent(string type, string? action)
    {
        var id = Guid.NewGuid();
        var ex = Assert.Throws<RedHatApiException>(() => Client().WorkloadActionRequest(type, id, action));
        Assert.Equal(ErrorIds.RunAiWorkloadActionUnsupported, ex.ErrorId);
        Assert.True(ex.IsPerInput);
        Assert.Contains(type, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Training", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_is_found_by_name_in_any_case_or_by_id_and_an_unknown_one_lists_the_roles()
    {
        var roles = new[] { new RunAiRole(3, "Editor"), new RunAiRole(5, "L1 researcher") };
        Assert.Equal(5, RunAiClient.ResolveRole(roles, "l1 RESEARCHER").Id);
        Assert.Equal("Editor", RunAiClient.ResolveRole(roles, "3").Name);
        var ex = Assert.Throws<RedHatApiException>(() => RunAiClient.ResolveRole(roles, "Researcher"));
        Assert.Equal(ErrorIds.RunAiRoleNotFound, ex.ErrorId);
        Assert.Contains("Editor, L1 researcher", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workload_page_sends_the_filters_as_ANDed_filterBy_terms_and_maps_the_answer()
    {
        var id = Guid.NewGuid();
        string? query = null;
        var client = Client(request =>
        {
            query = Uri.UnescapeDataString(request.RequestUri!.Query);
            return Json($$"""
                {"workloads":[{"id":"{{id}}","name":"train-0001","type":"Training","phase":"Running","projectName":"team-a","projectId":"1001",
                  "clusterId":"{{Guid.Empty}}","runningPods":1,"allocatedResources":{"gpu":0.5},"actionsSupport":{"delete":true,"suspend":true},
                  "createdAt":"2026-11-02T08:07:00.000Z","deletedAt":null,"images":["nvcr.io/nvidia/pytorch:24.05-py3"]}],"next":1}
                """);
        });

        var filter = new RunAiWorkloadFilter { Name = "train*", Project = "team-a", Type = "Training", Phase = "Running", Filters = new[] { "allocatedGPU>=0.5" }, Deleted = true };
        var page = await client.GetWorkloadsPageAsync(filter, new PageRequest(0, 1), CancellationToken.None);

        Assert.Equal("?filterBy=projectName==team-a,type==Training,phase==Running,name=^train,allocatedGPU>=0.5&deleted=true&offset=0&limit=1", query);
        var workload = Assert.Single(page.Items);
        Assert.Equal((id, "train-0001", "Training", "Running", "team-a"), (workload.Id, workload.Name, workload.Type, workload.Phase, workload.ProjectName));
        Assert.Equal(0.5, workload.AllocatedGpu);
        Assert.True(workload.CanSuspend);
        Assert.Equal("1", page.NextCursor);
    }

    [Fact]
    public async Task A_404_on_a_workload_listing_is_a_per_input_RunAiWorkloadNotFound_naming_the_workload()
    {
        var id = Guid.NewGuid();
        var client = Client(_ => Json("""{"code":404,"message":"Not Found","details":"Workload not found."}""", HttpStatusCode.NotFound));

        var ex = await Assert.ThrowsAsync<RedHatApiException>(() => client.GetWorkloadPodsPageAsync(id, false, new PageRequest(0, 50), CancellationToken.None));

        Assert.Equal(ErrorIds.RunAiWorkloadNotFound, ex.ErrorId);
        Assert.True(ex.IsPerInput);
        Assert.Contains(id.ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_access_rule_body_leaves_out_a_cluster_it_does_not_have()
    {
        var request = Client().CreateAccessRuleRequest(new RunAiWireAccessRuleCreation { SubjectId = "alice@example.com", SubjectType = "user", RoleId = 5, ScopeId = "1001", ScopeType = "tenant" });
        using var message = request.ToMessage();
        var body = await message.Content!.ReadAsStringAsync();
        Assert.Equal("""{"subjectId":"alice@example.com","subjectType":"user","roleId":5,"scopeId":"1001","scopeType":"tenant"}""", body);
        Assert.Equal(new Uri(Tenant, "api/v1/authorization/access-rules"), request.Url);
    }

    private static RunAiClient Client(Func<HttpRequestMessage, HttpResponseMessage>? answer = null)
    {
        var http = new HttpClient(new Answering(answer ?? (_ => Json("{}")))) { BaseAddress = Tenant };
        return new RunAiClient(new ApiConnection(http, new RunAiErrorShape(Tenant)));
    }

    private static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private sealed class Answering : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;

        internal Answering(Func<HttpRequestMessage, HttpResponseMessage> answer) => _answer = answer;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = _answer(request);
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }
}
