using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Assisted;

/// <summary>The failing validations an Assisted Installer cluster is told to ignore (the single id "all" ignores every one that can be).</summary>
public sealed class AssistedIgnoredValidation
{
    internal AssistedIgnoredValidation(Guid clusterId, IReadOnlyList<string> clusterValidationIds, IReadOnlyList<string> hostValidationIds)
    {
        ClusterId = clusterId;
        ClusterValidationIds = clusterValidationIds;
        HostValidationIds = hostValidationIds;
    }

    /// <summary>The cluster.</summary>
    public Guid ClusterId { get; }

    /// <summary>Cluster validations ignored (ids as Get-AssistedCluster's Validations name them).</summary>
    public IReadOnlyList<string> ClusterValidationIds { get; }

    /// <summary>Host validations ignored for every host of the cluster.</summary>
    public IReadOnlyList<string> HostValidationIds { get; }
}
