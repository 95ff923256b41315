using System;
using System.Linq;
using RedHatApi.Models.RunAi;
using Xunit;

namespace RedHatApi.Tests.Module.RunAi;

/// <summary>Clusters, nodes and node pools against the sandbox.</summary>
public sealed class RunAiInfrastructureTests : RunAiModuleTest
{
    private const string ClusterId = ",RedHatApi.Commands.RunAi.GetRunAiClusterCommand";

    public RunAiInfrastructureTests(RunAiSandboxFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public void Clusters_pipe_into_nodes_with_their_GPUs_and_node_pools()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -Credential $admin
            $cluster = Get-RunAiCluster
            $cluster
            $cluster | Get-RunAiNode
            $cluster | Get-RunAiNodePool
            Get-RunAiCluster -Uuid $cluster.Uuid
            """);

        Assert.Empty(result.ErrorIds);
        var clusters = result.OutputOf<RunAiCluster>();
        Assert.Equal(2, clusters.Count);
        Assert.Equal("cluster-1", clusters[0].Name);
        Assert.Equal("Connected", clusters[0].State);
        var nodes = result.OutputOf<RunAiNode>();
        Assert.Equal(6, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(clusters[0].Uuid, n.ClusterUuid));
        Assert.Equal(new[] { 4, 8 }, nodes.Select(n => n.GpuCount).Distinct().OrderBy(n => n));
        Assert.Contains(nodes, n => n.Status == "NotReady");
        Assert.Equal(new[] { "default", "a100" }, result.OutputOf<RunAiNodePool>().Select(p => p.Name));
        AssertFidelity();
    }

    [Fact]
    public void Nodes_end_on_a_short_page_and_filters_go_to_Run_ai()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -Credential $admin
            Get-RunAiNode -PageSize 4
            Get-RunAiNode -NodePool a100 -Sort '-name'
            """);

        Assert.Empty(result.ErrorIds);
        var nodes = result.OutputOf<RunAiNode>();
        Assert.Equal(6 + 3, nodes.Count);
        Assert.Equal(new[] { "c1-gpu-node-06", "c1-gpu-node-04", "c1-gpu-node-02" }, nodes.Skip(6).Select(n => n.Name));
        var queries = Sandbox.Requests().Select(r => r.GetProperty("pathAndQuery").GetString()!).Where(p => p.StartsWith("/runai/api/v1/nodes?", StringComparison.Ordinal)).ToList();
        Assert.EndsWith("offset=0&limit=4", queries[0], StringComparison.Ordinal);
        Assert.Contains(queries, q => q.EndsWith("offset=4&limit=4", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("filterBy=nodePool%3D%3Da100&sortBy=name&sortOrder=desc", StringComparison.Ordinal));
        AssertFidelity();
    }

    [Fact]
    public void An_unknown_cluster_is_RunAiClusterNotFound_and_a_pattern_that_matches_none_is_no_error()
    {
        var result = Run("""
            Connect-RunAi -Url $runai -Credential $admin
            Get-RunAiCluster -Name no-such-cluster, 'lab-*', 'cluster-*'
            Get-RunAiCluster -Uuid 00000000-0000-4000-8000-000000000000
            """);

        Assert.Equal(new[] { "RunAiClusterNotFound" + ClusterId, "RunAiClusterNotFound" + ClusterId }, result.ErrorIds);
        Assert.Single(result.OutputOf<RunAiCluster>());
        AssertFidelity();
    }

    [Fact]
    public void A_Researcher_key_gets_403_on_nodes_and_the_hint_names_Administrator()
    {
        var result = Run("Connect-RunAi -Url $runai -Credential $researcher; Get-RunAiNode");

        Assert.StartsWith("RunAiPermissionDenied", Assert.Single(result.ErrorIds), StringComparison.Ordinal);
        Assert.Contains("Administrator role", result.AllErrors.Single().Exception.Message, StringComparison.Ordinal);
        AssertFidelity();
    }
}
