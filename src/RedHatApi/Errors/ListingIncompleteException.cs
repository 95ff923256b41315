using System;

namespace RedHatApi.Errors;

/// <summary>
/// A listing failed after some objects were already written. Carries the count and the offset to resume from, so
/// the user never mistakes a partial list for a complete one.
/// </summary>
public sealed class ListingIncompleteException : RedHatApiException
{
    /// <summary>Creates the exception around the failure that stopped the listing.</summary>
    public ListingIncompleteException(string message, long written, long resumeOffset, Exception innerException)
        : base(ErrorIds.ListingIncomplete, message, innerException)
    {
        Written = written;
        ResumeOffset = resumeOffset;
    }

    /// <summary>Objects written before the failure.</summary>
    public long Written { get; }

    /// <summary>The value to pass to -Skip to continue where the listing stopped.</summary>
    public long ResumeOffset { get; }
}
