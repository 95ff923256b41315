using System.Globalization;

namespace RedHatApi.Models.Rhsm;

/// <summary>The one NEVRA format of the package models.</summary>
internal static class RhsmNevra
{
    /// <summary>name-[epoch:]version-release.arch, as rpm -q prints it (no epoch when it is 0).</summary>
    internal static string Format(string name, int epoch, string? version, string? release, string? arch) => string.Format(
        CultureInfo.InvariantCulture, "{0}-{1}{2}-{3}.{4}", name, epoch > 0 ? epoch.ToString(CultureInfo.InvariantCulture) + ":" : string.Empty, version, release, arch);
}
