using System;
using System.Collections.Generic;
using System.Globalization;

namespace RedHatApi.Models.Rhsm;

/// <summary>A package installed on one RHSM system.</summary>
public sealed class RhsmPackage
{
    internal RhsmPackage(Guid systemUuid, string name, int epoch, string? version, string? release, string? arch, int errataCount, IReadOnlyList<string> advisories)
    {
        SystemUuid = systemUuid;
        Name = name;
        Epoch = epoch;
        Version = version;
        Release = release;
        Arch = arch;
        ErrataCount = errataCount;
        Advisories = advisories;
    }

    /// <summary>The system the package is installed on.</summary>
    public Guid SystemUuid { get; }

    /// <summary>Package name, for example openssl.</summary>
    public string Name { get; }

    /// <summary>RPM epoch (0 when none).</summary>
    public int Epoch { get; }

    /// <summary>Upstream version.</summary>
    public string? Version { get; }

    /// <summary>Release, for example 3.el9.</summary>
    public string? Release { get; }

    /// <summary>x86_64, noarch, ...</summary>
    public string? Arch { get; }

    /// <summary>Advisories that update this package.</summary>
    public int ErrataCount { get; }

    /// <summary>Ids of those advisories.</summary>
    public IReadOnlyList<string> Advisories { get; }

    /// <summary>name-[epoch:]version-release.arch, as rpm -q prints it.</summary>
    public string Nevra => string.Format(
        CultureInfo.InvariantCulture, "{0}-{1}{2}-{3}.{4}", Name, Epoch > 0 ? Epoch.ToString(CultureInfo.InvariantCulture) + ":" : string.Empty, Version, Release, Arch);

    /// <inheritdoc />
    public override string ToString() => Nevra;
}
