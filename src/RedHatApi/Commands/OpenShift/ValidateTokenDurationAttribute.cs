using System;
using System.Management.Automation;
using RedHatApi.Properties;

namespace RedHatApi.Commands.OpenShift;

/// <summary>
/// A TokenRequest's duration must be 10 minutes to 2^32 seconds (kubernetes pkg/apis/authentication/validation).
/// Checked at parameter binding, so a too-short -Duration fails before anything is sent instead of as a 422.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateTokenDurationAttribute : ValidateArgumentsAttribute
{
    /// <summary>The shortest duration the API accepts.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(10);

    /// <summary>The longest duration the API accepts.</summary>
    public static readonly TimeSpan Maximum = TimeSpan.FromSeconds(1L << 32);

    /// <inheritdoc />
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
        if (value is not TimeSpan duration)
        {
            return;
        }

        if (duration < Minimum)
        {
            throw new ValidationMetadataException(Text.Format(Strings.OpenShiftDurationTooShort, duration));
        }

        if (duration > Maximum)
        {
            throw new ValidationMetadataException(Text.Format(Strings.OpenShiftDurationTooLong, duration));
        }
    }
}
