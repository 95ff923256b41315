using System;
using System.Collections.Generic;

namespace RedHatApi.Models.Assisted;

/// <summary>An operator the Assisted Installer can install with a cluster (GET /v2/supported-operators).</summary>
public sealed class AssistedSupportedOperator
{
    internal AssistedSupportedOperator(string name, IReadOnlyList<AssistedOperatorProperty>? properties)
    {
        Name = name;
        Properties = properties;
    }

    /// <summary>The operator's name, as Enable-AssistedOperator -Name takes it (lvm, odf, cnv, mce…).</summary>
    public string Name { get; }

    /// <summary>The settings the operator accepts, when asked for with -Name; otherwise null.</summary>
    public IReadOnlyList<AssistedOperatorProperty>? Properties { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>One setting an operator accepts in the properties of Enable-AssistedOperator.</summary>
public sealed class AssistedOperatorProperty
{
    internal AssistedOperatorProperty(string operatorName, string name, string? dataType, bool mandatory, IReadOnlyList<string> options, string? description, string? defaultValue)
    {
        OperatorName = operatorName;
        Name = name;
        DataType = dataType;
        Mandatory = mandatory;
        Options = options;
        Description = description;
        DefaultValue = defaultValue;
    }

    /// <summary>The operator the setting belongs to.</summary>
    public string OperatorName { get; }

    /// <summary>The setting's name (the key in the properties JSON).</summary>
    public string Name { get; }

    /// <summary>boolean, string, integer or float.</summary>
    public string? DataType { get; }

    /// <summary>Whether the operator needs it.</summary>
    public bool Mandatory { get; }

    /// <summary>The values to choose from, when the setting is a choice.</summary>
    public IReadOnlyList<string> Options { get; }

    /// <summary>What the setting does.</summary>
    public string? Description { get; }

    /// <summary>The value used when the setting is not given.</summary>
    public string? DefaultValue { get; }

    /// <inheritdoc />
    public override string ToString() => OperatorName + "." + Name;
}

/// <summary>A bundle of operators installed together (GET /v2/operators/bundles), for example virtualization.</summary>
public sealed class AssistedOperatorBundle
{
    internal AssistedOperatorBundle(string id, string? title, string? description, IReadOnlyList<string> operators, IReadOnlyList<string> optionalOperators)
    {
        Id = id;
        Title = title;
        Description = description;
        Operators = operators;
        OptionalOperators = optionalOperators;
    }

    /// <summary>The bundle's identifier (virtualization, openshift-ai…).</summary>
    public string Id { get; }

    /// <summary>Its short name.</summary>
    public string? Title { get; }

    /// <summary>What it is for.</summary>
    public string? Description { get; }

    /// <summary>Operators always installed with the bundle.</summary>
    public IReadOnlyList<string> Operators { get; }

    /// <summary>Operators the user may leave out (all are selected by default).</summary>
    public IReadOnlyList<string> OptionalOperators { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>An operator of one cluster: a built-in one the service monitors, or an OLM operator the user enabled.</summary>
public sealed class AssistedClusterOperator
{
    internal AssistedClusterOperator(Guid clusterId, string name, string? type)
    {
        ClusterId = clusterId;
        Name = name;
        Type = type;
    }

    /// <summary>The cluster the operator belongs to.</summary>
    public Guid ClusterId { get; }

    /// <summary>The operator's name (console, lvm, odf…).</summary>
    public string Name { get; }

    /// <summary>builtin (part of OpenShift) or olm (installed through the Operator Lifecycle Manager).</summary>
    public string? Type { get; }

    /// <summary>The installed version, once known.</summary>
    public string? Version { get; init; }

    /// <summary>The namespace the operator runs in.</summary>
    public string? Namespace { get; init; }

    /// <summary>The OLM subscription's name.</summary>
    public string? SubscriptionName { get; init; }

    /// <summary>progressing, available or failed; empty until the installation reports it.</summary>
    public string? Status { get; init; }

    /// <summary>The service's detail on <see cref="Status"/>.</summary>
    public string? StatusInfo { get; init; }

    /// <summary>When <see cref="Status"/> last changed.</summary>
    public DateTimeOffset? StatusUpdatedAt { get; init; }

    /// <summary>The operator-specific settings it was enabled with (JSON text), if any.</summary>
    public string? Properties { get; init; }

    /// <summary>The bundles the operator came with.</summary>
    public IReadOnlyList<string> Bundles { get; init; } = Array.Empty<string>();

    /// <summary>How long the installation waits for the operator to become available.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
